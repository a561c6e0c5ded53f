-- The yearly report's yardstick in the sqlite3 shell: one of the report's payment aggregates written plainly —
-- payments of the years FROM..TO by kind × fund source: distinct heads, count, sum, bank-card sum — joined to
-- the households, without the report's covering index. bench/yardstick.sh replaces FROM and TO and times it.
.mode csv
SELECT a.kind, a.fund_source, count(DISTINCT h.head_id), count(*), sum(a.amount_fen),
       sum(CASE WHEN a.method = 'BANK_CARD' THEN a.amount_fen ELSE 0 END)
FROM assistance a NOT INDEXED JOIN households h ON h.id = a.household_id
WHERE substr(a.paid_on, 1, 4) BETWEEN 'FROM' AND 'TO'
GROUP BY a.kind, a.fund_source;
