/**
 * Writes AFCARS 2020 out-of-home-care XML as the AFCARS XML Editor lays it out (afcars2020.md §1): root
 * `acf:data` in http://www.acf.hhs.gov, E1, E2, then one `record` per child with every element in the
 * editor's order. Elements Hearth does not hold are written empty, the format's spelling of null (§2), so
 * the file has the editor's shape; `AFCARS_NOT_HELD` lists them, and the file says so in a comment.
 * The text is built by hand: values are escaped, and characters XML 1.0 cannot hold are replaced by U+FFFD.
 */
import { AFCARS_2020, FOSTER_HOME_FLAGS, RACE_FLAGS, type AfcarsVersion } from './codes.ts';
import type {
  AfcarsCell,
  AfcarsHeader,
  AfcarsLivingArrangement,
  AfcarsRecord,
  AfcarsRemoval1993,
  AfcarsRemoval2020,
} from './model.ts';

/** The elements Hearth does not hold: written empty (afcars2020.md §2, "Null / not applicable"). */
export const AFCARS_NOT_HELD =
  'E7–E12 (tribal and ICWA), E22–E68 (health, education, prior adoption, finances, siblings, parents, TPR), ' +
  'E72–E105 (removal circumstances), E106–E111 (sex trafficking), E115–E116 and E122 (home type, state or ' +
  'country), E123–E146 (foster parents), E156 (transfer agency), E157–E186 (adoptive parents)';

/** A container (name and children) or a leaf written empty. */
type Skeleton = string | readonly [string, readonly Skeleton[]];

const EMPTY_RECORD_HEAD: readonly Skeleton[] = [
  [
    'E7_E12_tribal_information',
    [
      'E7_agency_made_inquiries',
      'E8_tribal_membership',
      ['E9_recognized_tribes', []],
      'E10_icwa',
      'E11_icwa_date',
      'E12_icwa_notification',
    ],
  ],
];

const EMPTY_RECORD_MIDDLE: readonly Skeleton[] = [
  'E22_health_assessment',
  'E23_health_conditions',
  [
    'E24_34_specific_health_conditions',
    [
      'E24_health_intellectual_disability',
      'E25_health_autism_spectrum_disorder',
      'E26_health_visual_impairment',
      'E27_health_hearing_impairment',
      'E28_health_orthopedic_impairment',
      'E29_health_mental_disorder',
      'E30_health_adhd_add',
      'E31_health_serious_mental_disorder',
      'E32_health_developmental_delay',
      'E33_health_developmental_disability',
      'E34_health_other_condition',
    ],
  ],
  'E35_school_enrollment',
  'E36_school_highest_completed',
  'E37_school_special_education',
  'E38_pregnant',
  'E39_fathered_or_bore_child',
  'E40_child_and_children_together',
  'E41_prior_adoption',
  ['E42_E43_prior_adoption_information', ['E42_prior_adoption_date', 'E43_prior_adoption_intercountry']],
  'E44_prior_guardianship',
  'E45_prior_guardianship_date',
  'E46_support_assistance',
  [
    'E47_E54_type_financial_assistance',
    [
      'E47_state_tribal_adoption_assistance',
      'E48_state_tribal_foster_care',
      'E49_adoption_subsidy',
      'E50_guardianship_assistance',
      'E51_tanf_assistance',
      'E52_title_iv_b',
      'E53_chafee_foster_program',
      'E54_other_financial_support',
    ],
  ],
  'E55_foster_care_payment',
  'E56_total_siblings',
  ['E57_E58_siblings_in_foster_care', ['E57_siblings_in_foster_care', 'E58_siblings_in_living_arrangement']],
  'E59_first_parent_birth_year',
  'E60_second_parent_birth_year',
  'E61_tribal_membership_mother',
  'E62_tribal_membership_father',
  [
    'E63_E68_termination_of_parental_rights',
    [['tpr_first_parent', ['E63_tpr_parent1', 'E65_tpr_petition_date_parent1', 'E67_tpr_date_parent1']]],
  ],
];

const EMPTY_RECORD_TAIL: readonly Skeleton[] = [
  'E106_prior_victim_sex_trafficking',
  [
    'E107_E108_prior_victim_sex_trafficking_reporting',
    ['E107_prior_victim_sex_trafficking_reported', 'E108_prior_victim_sex_trafficking_reported_date'],
  ],
  'E109_victim_sex_trafficking',
  [
    'E110_E111_victim_sex_trafficking_reporting',
    ['E110_victim_sex_trafficking_reported', 'E111_victim_sex_trafficking_reported_date'],
  ],
];

/** E72–E105, the removal circumstances, in numeric order (written empty). */
export const REMOVAL_CIRCUMSTANCES = [
  'E72_runaway',
  'E73_whereabouts_unknown',
  'E74_physical_abuse',
  'E75_sexual_abuse',
  'E76_psychological_abuse',
  'E77_neglect',
  'E78_medical_neglect',
  'E79_domestic_violence',
  'E80_abandonment',
  'E81_failure_to_return',
  'E82_caretaker_alcohol_use',
  'E83_caretaker_drug_use',
  'E84_child_alcohol_use',
  'E85_child_drug_use',
  'E86_prenatal_alcohol_exposure',
  'E87_prenatal_drug_exposure',
  'E88_diagnosed_condition',
  'E89_inadequate_access_to_mental_health',
  'E90_inadequate_access_to_medical_service',
  'E91_child_behavior_problem',
  'E92_death_of_caretaker',
  'E93_incarceration_of_caretaker',
  'E94_caretaker_impairment_physical_emotional',
  'E95_caretaker_impairment_cognitive',
  'E96_inadequate_housing',
  'E97_voluntary_adoption',
  'E98_child_requested_placement',
  'E99_sex_trafficking',
  'E100_parental_immigration_detainment_deportation',
  'E101_family_conflict_gender_orientation',
  'E102_educational_neglect',
  'E103_public_agency_title_iv_agreement',
  'E104_tribal_agreement',
  'E105_homelessness',
] as const;

// Characters XML 1.0 cannot hold (§2.2 Char): C0 controls other than tab, LF and CR; U+FFFE, U+FFFF;
// unpaired surrogates.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- exactly the characters the Char production excludes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content, escaped. */
export function escapeXmlText(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

const pad = (depth: number): string => '    '.repeat(depth);
const leaf = (depth: number, name: string, cell: AfcarsCell | string | null): string => {
  const text = typeof cell === 'string' || cell === null ? cell : cell.text;
  return `${pad(depth)}<${name}>${text === null ? '' : escapeXmlText(text)}</${name}>\n`;
};
const container = (depth: number, name: string, body: string): string =>
  body === '' ? `${pad(depth)}<${name}/>\n` : `${pad(depth)}<${name}>\n${body}${pad(depth)}</${name}>\n`;

function skeleton(depth: number, items: readonly Skeleton[]): string {
  return items
    .map((item) =>
      typeof item === 'string'
        ? leaf(depth, item, null)
        : container(depth, item[0], skeleton(depth + 1, item[1])),
    )
    .join('');
}

/** The XML declaration, an explanatory comment, the root's start tag, E1, E2 and `<records>`. */
export function afcarsXmlHead(
  header: AfcarsHeader,
  opts: { comment?: string; version?: AfcarsVersion } = {},
): string {
  const version = opts.version ?? AFCARS_2020;
  // "--" may not appear inside a comment.
  const comment = opts.comment ? `<!-- ${opts.comment.replaceAll('--', '- -')} -->\n` : '';
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    comment +
    `<acf:data xmlns:acf="${version.namespace}"\n` +
    '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    `          xsi:schemaLocation="${version.schemaLocation}">\n` +
    leaf(1, 'E1_title_iv_agency', header.E1) +
    leaf(1, 'E2_report_date', header.E2) +
    `${pad(1)}<records>\n`
  );
}

export const afcarsXmlTail = (): string => `${pad(1)}</records>\n</acf:data>\n`;

function livingArrangementXml(la: AfcarsLivingArrangement): string {
  const d = 7;
  const isHome = la.E113.text === '1';
  // The editor writes E114–E119 empty unless E113 = 1, and the foster parent block only when E113 = 1.
  const flags = FOSTER_HOME_FLAGS.map((f) => leaf(d + 1, f.name, isHome ? la.flags[f.element] : null)).join(
    '',
  );
  const parents = isHome ? `${pad(d + 1)}<E123_E146_foster_parent_information/>\n` : '';
  return container(
    d - 1,
    'living_arrangement',
    leaf(d, 'E112_date_living_arrangement', la.E112) +
      leaf(d, 'E113_foster_family_home', la.E113) +
      container(d, 'E114_E146_foster_family_home_type', flags + parents) +
      leaf(d, 'E120_other_living_arrangement_type', la.E120) +
      leaf(d, 'E121_location_of_living_arrangement', la.E121) +
      leaf(d, 'E122_jurisdiction_or_country', la.E122),
  );
}

function removal2020Xml(r: AfcarsRemoval2020): string {
  const d = 5;
  return container(
    d - 1,
    'removal_2020',
    leaf(d, 'E69_removal_date', r.E69) +
      leaf(d, 'E70_removal_transaction_date', r.E70) +
      leaf(d, 'E71_removal_environment', r.E71) +
      leaf(d, 'E3_local_agency', r.E3) +
      REMOVAL_CIRCUMSTANCES.map((name) => leaf(d, name, null)).join('') +
      container(d, 'E112_E146_living_arrangements', r.livingArrangements.map(livingArrangementXml).join('')) +
      container(
        d,
        'E147_E148_permanency_plans',
        r.plans
          .map((p) =>
            container(
              d + 1,
              'permanency_plan',
              leaf(d + 2, 'E147_permanency_plan_date', p.E147) +
                leaf(d + 2, 'E148_permanency_plan_type', p.E148),
            ),
          )
          .join(''),
      ) +
      container(
        d,
        'E149_periodic_reviews',
        r.reviews.map((c) => leaf(d + 1, 'E149_periodic_review_date', c)).join(''),
      ) +
      container(
        d,
        'E150_permanency_hearings',
        r.hearings.map((c) => leaf(d + 1, 'E150_permanency_hearing_date', c)).join(''),
      ) +
      container(
        d,
        'E151_E152_case_worker_visits',
        r.visits
          .map((v) =>
            container(
              d + 1,
              'case_worker_visit',
              leaf(d + 2, 'E151_case_worker_visit_date', v.E151) +
                leaf(d + 2, 'E152_case_worker_visit_location', v.E152),
            ),
          )
          .join(''),
      ) +
      leaf(d, 'E153_exit_date', r.E153) +
      leaf(d, 'E154_exit_transaction_date', r.E154) +
      leaf(d, 'E155_exit_reason', r.E155) +
      leaf(d, 'E156_transfer_to_another_agency', r.E156) +
      container(d, 'E157_E186_adoptive_parents_information', ''),
  );
}

const removal1993Xml = (r: AfcarsRemoval1993): string =>
  container(
    4,
    'removal_1993',
    leaf(5, 'E69_removal_date', r.E69) +
      leaf(5, 'E153_exit_date', r.E153) +
      leaf(5, 'E155_exit_reason', r.E155),
  );

/** One `<record>`, indented as inside `<records>`. */
export function afcarsRecordXml(rec: AfcarsRecord): string {
  const d = 3;
  return container(
    2,
    'record',
    leaf(d, 'E4_child_record_number', rec.E4) +
      leaf(d, 'E5_date_of_birth', rec.E5) +
      leaf(d, 'E6_sex', rec.E6) +
      skeleton(d, EMPTY_RECORD_HEAD) +
      RACE_FLAGS.map((f) => leaf(d, f.name, rec.race[f.element as keyof AfcarsRecord['race']])).join('') +
      leaf(d, 'E21_child_hispanic_latino', rec.E21) +
      skeleton(d, EMPTY_RECORD_MIDDLE) +
      container(
        d,
        'E69_E186_removals',
        rec.removals2020.map(removal2020Xml).join('') + rec.removals1993.map(removal1993Xml).join(''),
      ) +
      skeleton(d, EMPTY_RECORD_TAIL),
  );
}
