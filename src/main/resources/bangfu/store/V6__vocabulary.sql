-- Schema version 6: the roster fields of real union files, the wording of values stored as 其他, and month
-- precision for filing dates. Every column is documented in docs/schema.md.

-- 所属地区 as written, 家庭月总收入 (fen, per month, as stated), 有无车辆 (1/0), 医疗保险 (code), the employer's
-- 统一社会信用代码.
ALTER TABLE households ADD COLUMN region TEXT;
ALTER TABLE households ADD COLUMN monthly_income_fen INTEGER;
ALTER TABLE households ADD COLUMN has_vehicle INTEGER;
ALTER TABLE households ADD COLUMN medical_insurance TEXT;
ALTER TABLE households ADD COLUMN employer_credit_code TEXT;

-- What the cell said when a value was stored as 其他: a term of an older scheme without a code of its own
-- (单亲家庭), or an unknown word kept because the policy says so. NULL when the value is what the file wrote.
ALTER TABLE households ADD COLUMN close_reason_wording TEXT;
ALTER TABLE households ADD COLUMN main_cause_wording TEXT;
ALTER TABLE households ADD COLUMN secondary_causes_wording TEXT;
ALTER TABLE households ADD COLUMN medical_insurance_wording TEXT;
ALTER TABLE members ADD COLUMN relation_wording TEXT;
ALTER TABLE assistance ADD COLUMN kind_wording TEXT;
ALTER TABLE assistance ADD COLUMN fund_source_wording TEXT;
ALTER TABLE visits ADD COLUMN outcome_wording TEXT;

-- filed_on (and birth_date) may now hold a month alone, '2024-06', from a 建档年月 column. As text it sorts
-- before '2024-06-01', so the leaving date of version 3, which falls back on the filing date, is redefined to
-- read such a month as its first day, as everything else does. Its dependants go and come back with it.
DROP INDEX households_report;
DROP INDEX households_causes;
ALTER TABLE households DROP COLUMN left_year;
ALTER TABLE households DROP COLUMN left_on;

ALTER TABLE households ADD COLUMN left_on TEXT GENERATED ALWAYS AS (
    CASE
        WHEN status NOT IN ('EXITED', 'CLOSED') THEN NULL
        ELSE max(coalesce(CASE WHEN status = 'EXITED' OR (exited_on IS NOT NULL AND (closed_on IS NULL OR exited_on <= closed_on))
                               THEN coalesce(exited_on, closed_on) ELSE closed_on END, substr(filed_on || '-01', 1, 10)),
                 coalesce(substr(filed_on || '-01', 1, 10), CASE WHEN status = 'EXITED' OR (exited_on IS NOT NULL AND (closed_on IS NULL OR exited_on <= closed_on))
                               THEN coalesce(exited_on, closed_on) ELSE closed_on END))
    END) VIRTUAL;
ALTER TABLE households ADD COLUMN left_year INTEGER GENERATED ALWAYS AS (
    CASE WHEN left_as IS NULL THEN 9999 ELSE coalesce(CAST(substr(left_on, 1, 4) AS INTEGER), 0) END) VIRTUAL;

CREATE INDEX households_report ON households (union_name, tier, filed_year, left_year, left_as, close_reason,
    is_migrant_worker, is_model_worker, household_size, left_undated, main_cause, secondary_causes);
CREATE INDEX households_causes ON households (main_cause, secondary_causes, filed_year, left_year, tier, union_name);
