-- The report's whole set of payment aggregates in the sqlite3 shell: kind × fund source (level 0), kind (1),
-- fund source (2) and the total (3), each with distinct heads, count, sum and bank-card sum, over the years
-- FROM..TO; the same numbers as bench/report-yardstick.sql at its level 0. bench/yardstick.sh replaces FROM and TO.
.mode csv
WITH p AS (SELECT a.kind, a.fund_source, h.head_id, a.amount_fen,
                  CASE WHEN a.method = 'BANK_CARD' THEN a.amount_fen ELSE 0 END AS card_fen
           FROM assistance a NOT INDEXED JOIN households h ON h.id = a.household_id
           WHERE substr(a.paid_on, 1, 4) BETWEEN 'FROM' AND 'TO')
SELECT 0, kind, fund_source, count(DISTINCT head_id), count(*), sum(amount_fen), sum(card_fen) FROM p GROUP BY kind, fund_source
UNION ALL
SELECT 1, kind, NULL, count(DISTINCT head_id), count(*), sum(amount_fen), sum(card_fen) FROM p GROUP BY kind
UNION ALL
SELECT 2, NULL, fund_source, count(DISTINCT head_id), count(*), sum(amount_fen), sum(card_fen) FROM p GROUP BY fund_source
UNION ALL
SELECT 3, NULL, NULL, count(DISTINCT head_id), count(*), sum(amount_fen), sum(card_fen) FROM p;
