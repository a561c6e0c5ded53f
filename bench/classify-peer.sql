-- The rows bangfu classify reads (the scan of store/ClassifyFiles, head ID, name and union left out), produced by
-- SQLite alone: what reading classify's inputs costs, for comparison. bench/classify.sh times it after bangfu.
SELECT json_array(id, '', '', '', region_code, province, city, county, tier, status, household_size, yearly_income_fen,
       monthly_income_fen, rigid_expenses_fen, per_capita_monthly_fen, medical_expenses_fen, disability_expenses_fen,
       schooling_expenses_fen, housing_expenses_fen, other_expenses_fen, compulsory_schooling_fen, able_unemployed,
       has_vehicle, vehicle, mobility_vehicle, homes, home_area, owns_business, private_school, refused_check,
       main_cause, secondary_causes, hardship_costs_fen, compensation_fen)
  FROM households WHERE status IN ('ACTIVE', 'PHASING_OUT');
