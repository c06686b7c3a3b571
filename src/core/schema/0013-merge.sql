-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 13: merging two customers moves their points with them.
-- A ledger row still never changes — but for whom it counts, when the
-- same person had been entered twice.

DROP TRIGGER points_ledger_no_update;

CREATE TRIGGER points_ledger_no_update BEFORE UPDATE ON points_ledger
WHEN NOT (NEW.id = OLD.id AND NEW.kind = OLD.kind AND NEW.points = OLD.points
          AND NEW.visit_id IS OLD.visit_id AND NEW.event_id IS OLD.event_id
          AND NEW.reward_id IS OLD.reward_id AND NEW.reverses_id IS OLD.reverses_id
          AND NEW.reason = OLD.reason AND NEW.staff_id IS OLD.staff_id AND NEW.at = OLD.at
          AND NEW.bonus IS OLD.bonus)
BEGIN
  SELECT RAISE (ABORT, 'the points ledger is append-only');
END;
