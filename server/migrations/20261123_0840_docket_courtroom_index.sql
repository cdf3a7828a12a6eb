-- A courtroom's docket reads its hearings by day (GET /api/v1/dockets?courtroomId=…), and the docket's
-- overlap flags look for the other hearings in the same rooms at the same time. hearing_judge_day_idx
-- (20261123_0100) serves a judge's docket; this is the same index for a room.
CREATE INDEX hearing_courtroom_day_idx ON hearing (courtroom_id, scheduled_start);
