// AFCARS 2020 out-of-home-care exchange: code lists and crosswalks, the record model, its checks, and the
// conversions to the CQI interchange rows and from Hearth's records to XML.
export * from './codes.ts';
export * from './model.ts';
export * from './validate.ts';
export * from './to-interchange.ts';
export * from './from-hearth.ts';
export * from './xml.ts';
