-- Dated changes (a leaving or transfer date ahead, a mentor leaving a pool on a date) take effect
-- at read time when the service's today reaches them. EffectiveDatesJob then moves each affected
-- resource in the change feed, so desktop caches learn of it; this row says through which day
-- that has been done. It starts at today: the clock setting's day on a fixed clock, else the
-- database's date (dates already past were rendered as past by every read before now).
CREATE TABLE effective_dates_head (
    id               INTEGER PRIMARY KEY,
    applied_through  DATE    NOT NULL
);
INSERT INTO effective_dates_head (id, applied_through) VALUES (1, COALESCE(
    (SELECT CAST(SUBSTRING(setting_value FROM 1 FOR 10) AS DATE) FROM service_settings
     WHERE setting_key = 'clock' AND LENGTH(TRIM(setting_value)) >= 10),
    CURRENT_DATE));

-- The job looks for dates that fell between two days; without these it would scan every record.
CREATE INDEX induction_records_by_start_date ON induction_records(start_date);
CREATE INDEX induction_records_by_end_date ON induction_records(end_date);
CREATE INDEX mentor_pools_by_left_on ON mentor_pools(left_on);
