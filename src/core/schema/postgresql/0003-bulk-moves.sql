-- A shop moved in (cherish --move-to, Preferences → Storage) sets
-- cherish.bulk for its one transaction: the counters kept row by row
-- (visit counts, spend, points balances) wait, and are counted once when
-- every row is in — a million visits updating their customer one by one
-- took minutes. Any other write keeps them as before.
DROP TRIGGER visits_after_insert ON visits;
CREATE TRIGGER visits_after_insert AFTER INSERT ON visits FOR EACH ROW
  WHEN (NEW.kind IN ('visit', 'purchase') AND current_setting ('cherish.bulk', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION visits_after_insert ();

DROP TRIGGER customer_spend_after_insert ON visits;
CREATE TRIGGER customer_spend_after_insert AFTER INSERT ON visits FOR EACH ROW
  WHEN (NEW.amount_minor > 0 AND current_setting ('cherish.bulk', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION customer_spend_after_change ();

DROP TRIGGER points_ledger_balance ON points_ledger;
CREATE TRIGGER points_ledger_balance AFTER INSERT ON points_ledger FOR EACH ROW
  WHEN (current_setting ('cherish.bulk', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION points_ledger_balance ();
