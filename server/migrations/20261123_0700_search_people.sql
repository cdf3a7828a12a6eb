-- Search finds the people on a case (parents, relatives, caregivers, professionals) by name or date of
-- birth: person_search_name_trgm_idx and person_birth_date_idx (20261123_0300) already cover every
-- person, so only the step from a person to the cases they are on needs an index.
CREATE INDEX case_participant_person_idx ON case_participant (person_id);
