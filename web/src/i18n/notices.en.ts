const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English words of the notices page; notices.es.ts has exactly these keys. */
export const noticesEn = {
  title: 'Notices of hearing',
  notFoundTitle: 'Hearing not found',
  notFoundText: 'There is no such hearing, or its case is not yours to see.',
  linkToNotices: 'Notices',
  linkLabel: (hearing: string, when: string) => `Notices of the ${hearing.toLowerCase()} on ${when}`,
  backToCase: (petition: string) => `Back to case ${petition}`,
  about: 'The hearing',
  what: 'What',
  when: 'When',
  where: 'Where',
  judge: 'Judge',
  status: 'Status',

  intro:
    'Everyone who must get notice of this hearing, how each is reached, and what was sent. Foster parents, pre-adoptive parents and relative caregivers get notice and may be heard, though they are not parties.',
  noMailServer:
    'No mail server is set up for Hearth, so e-mail notices are logged as “not sent”. Print them or ask your administrator to set HEARTH_SMTP_URL.',

  icwaTitle: 'Indian Child Welfare Act (ICWA)',
  icwaStatus: {
    applies: 'ICWA applies: the court found that a child in this case is an Indian child.',
    reasonToKnow:
      'There is reason to know that a child in this case is an Indian child. Until the court decides, the child is treated as one.',
    notIndianChild: 'The court found that no child in this case is an Indian child.',
    unknown: 'No ICWA finding is recorded.',
  },
  icwaNotGated: 'The waiting period does not apply to this kind of hearing.',
  icwaEarliest: (date: string) =>
    `This hearing may be held on ${date} at the earliest, once the waiting period after the parents, Indian custodian and tribe receive notice has passed, with any extra days they asked for.`,
  icwaTooEarly: (date: string) =>
    `This hearing is set too early. It may not be held before ${date}. Set it on or after that date before sending notices.`,
  icwaEstimated: 'Some receipt dates are estimated, because the return receipt is not back yet.',
  icwaColumns: {
    who: 'Who',
    received: 'Notice received',
    extra: 'Extra days asked for',
    earliest: 'Hearing no earlier than',
  },
  estimated: (date: string) => `${date} (estimated)`,

  warningsTitle: 'Before you send',
  warning: {
    icwaNoTribe:
      'No tribe is listed on this case. Send the notice to the Bureau of Indian Affairs Regional Director.',
    noMailingAddress: (name: string) =>
      `There is no mailing address on file for ${name}. Find one, or hand the notice over in person.`,
  },

  recipientsTitle: 'Who must get notice',
  noRecipients: 'No one is listed to receive notice of this hearing.',
  columns: {
    name: 'Name',
    role: 'Why',
    how: 'How',
    language: 'Language',
    sent: 'Sent',
    status: 'Delivery',
    proof: 'Proof of service',
    pdf: 'Letter',
  },
  notYet: 'Not yet',
  role: {
    parent: 'Parent',
    indian_custodian: 'Indian custodian',
    tribe: 'Tribe',
    youth: 'Youth (in their own name)',
    parent_attorney: "Parent's attorney",
    youth_attorney: "Youth's attorney",
    guardian_ad_litem: 'Guardian ad litem',
    agency_attorney: "Children's court attorney",
    caseworker: 'Caseworker',
    casa_volunteer: 'CASA volunteer',
    caregiver: 'Foster parent or kin caregiver (right to be heard)',
  },
  channel: { email: 'E-mail', mail: 'Mail', registered_mail: 'Registered mail, return receipt' },
  language: { en: 'English', es: 'Spanish' },

  send: 'Send notices',
  sending: 'Sending…',
  notSent: 'The notices were not sent',
  sendHint: 'E-mails go out now. Letters to mail are ready to print below.',
  sent: (n: number) => `${plural(n, 'notice was', 'notices were')} sent or made ready to mail.`,
  pastHearing: 'This hearing is not coming up, so no notices can be sent.',

  logTitle: 'What was sent',
  noneSent: 'No notices have been sent for this hearing yet.',
  delivery: {
    sending: 'Sending',
    sent: 'E-mail accepted by the mail server',
    failed: 'E-mail failed',
    not_sent: 'Not sent: no mail server',
    ready_to_mail: 'Ready to print and mail',
    no_address: 'No mailing address',
  },
  method: {
    email: 'E-mail',
    first_class_mail: 'First-class mail',
    registered_mail: 'Registered mail',
    certified_mail: 'Certified mail',
    personal: 'In person',
    in_court: 'In court',
  },
  proof: (method: string, date: string, by: string) => `${method} on ${date}${by ? `, by ${by}` : ''}`,
  receipt: (date: string) => `Return receipt signed ${date}`,
  extraDays: (n: number) => `Asked for ${plural(n, 'more day', 'more days')}`,
  noProof: 'Not recorded yet',
  pdf: (name: string) => `Letter to ${name} (PDF)`,
  sentBy: (who: string) => `by ${who}`,

  proofTitle: 'Record proof of service',
  proofIntro:
    'When a letter has been mailed or handed over, record how and when. For registered or certified mail, add the date on the return receipt when it comes back.',
  proofNotice: 'Notice',
  proofNoticeOption: (name: string, how: string) => `${name} — ${how}`,
  proofMethod: 'How it was served',
  proofServedDate: 'Date served or mailed',
  proofServedBy: 'Served by',
  proofServedByHint: 'Leave empty to record your own name.',
  proofReceipt: 'Date on the return receipt',
  proofExtraDays: 'Extra days the recipient asked for to prepare (ICWA, up to 20)',
  proofSave: 'Save proof of service',
  proofSaving: 'Saving…',
  proofSaved: (name: string) => `Proof of service saved for ${name}.`,
  proofNotSaved: 'The proof of service was not saved',
  proofChoose: 'Choose a notice.',
  proofDateRequired: 'Enter the date it was served or mailed.',
};
