-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 1: staff, customers, their life events and their visits.
-- Released steps are never edited: add a new numbered file instead.

CREATE TABLE staff (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  TEXT    NOT NULL
);

CREATE TABLE customers (
  id             INTEGER PRIMARY KEY,
  display_name   TEXT    NOT NULL CHECK (length(trim(display_name)) > 0),
  sort_key       TEXT    NOT NULL,               -- folded name, for ordering
  phone          TEXT,
  email          TEXT,
  customer_since TEXT,                           -- YYYY-MM-DD
  birthday       TEXT,                           -- YYYY-MM-DD or --MM-DD
  likes          TEXT    NOT NULL DEFAULT '',    -- one item per line
  dislikes       TEXT    NOT NULL DEFAULT '',
  notes          TEXT    NOT NULL DEFAULT '',
  is_prospect    INTEGER NOT NULL DEFAULT 0 CHECK (is_prospect IN (0, 1)),
  photo_consent  INTEGER NOT NULL DEFAULT 0 CHECK (photo_consent IN (0, 1)),
  created_at     TEXT    NOT NULL,               -- UTC, YYYY-MM-DDTHH:MM:SSZ
  updated_at     TEXT    NOT NULL,
  deleted_at     TEXT,                           -- soft delete (undo window)
  -- Kept by the triggers below, so lists sort without touching visits.
  visit_count    INTEGER NOT NULL DEFAULT 0,
  last_visit_at  TEXT,
  birthday_md    TEXT GENERATED ALWAYS AS (substr(birthday, -5)) VIRTUAL
);

CREATE INDEX customers_by_name       ON customers (sort_key, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_last_visit ON customers (last_visit_at DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_visits     ON customers (visit_count DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_birthday   ON customers (birthday_md) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_since      ON customers (substr(customer_since, -5)) WHERE deleted_at IS NULL;
CREATE INDEX customers_deleted       ON customers (deleted_at) WHERE deleted_at IS NOT NULL;

-- Words of the name, phone forms, e-mail and likes, folded by
-- cherish_text_fold () (case, accents, Arabic/Persian letter forms, digits).
CREATE VIRTUAL TABLE customer_search USING fts5 (
  name, contact, likes,
  tokenize = 'unicode61 remove_diacritics 0',
  prefix = '1 2 3'
);

CREATE TABLE life_events (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  kind        TEXT    NOT NULL CHECK (kind IN ('retirement', 'wedding', 'graduation',
                                               'new-baby', 'move', 'anniversary', 'other')),
  title       TEXT    NOT NULL DEFAULT '',
  date        TEXT    NOT NULL,                  -- YYYY-MM-DD
  yearly      INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1)),
  notes       TEXT    NOT NULL DEFAULT '',
  created_at  TEXT    NOT NULL
);

CREATE INDEX life_events_by_customer ON life_events (customer_id, date);
CREATE INDEX life_events_by_date     ON life_events (date);
CREATE INDEX life_events_by_md       ON life_events (substr(date, -5)) WHERE yearly = 1;

CREATE TABLE visits (
  id           INTEGER PRIMARY KEY,
  customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  at           TEXT    NOT NULL,                 -- UTC, YYYY-MM-DDTHH:MM:SSZ
  kind         TEXT    NOT NULL CHECK (kind IN ('visit', 'purchase', 'phone', 'email',
                                                'chat', 'social')),
  amount_minor INTEGER CHECK (amount_minor IS NULL OR amount_minor >= 0),
  currency     TEXT    CHECK (currency IS NULL OR length(currency) = 3),
  note         TEXT    NOT NULL DEFAULT '',
  staff_id     INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  created_at   TEXT    NOT NULL,
  CHECK ((amount_minor IS NULL) = (currency IS NULL))
);

CREATE INDEX visits_by_customer ON visits (customer_id, at DESC);
CREATE INDEX visits_by_at       ON visits (at);
CREATE INDEX visits_by_staff    ON visits (staff_id) WHERE staff_id IS NOT NULL;

-- Only visits and purchases count as coming to the shop; calls, e-mails,
-- chats and messages are contacts and stay in the timeline only.
CREATE TRIGGER visits_after_insert AFTER INSERT ON visits
WHEN NEW.kind IN ('visit', 'purchase')
BEGIN
  UPDATE customers
     SET visit_count = visit_count + 1,
         last_visit_at = CASE WHEN last_visit_at IS NULL OR last_visit_at < NEW.at
                              THEN NEW.at ELSE last_visit_at END
   WHERE id = NEW.customer_id;
END;

CREATE TRIGGER visits_after_delete AFTER DELETE ON visits
WHEN OLD.kind IN ('visit', 'purchase')
BEGIN
  UPDATE customers
     SET visit_count = visit_count - 1,
         last_visit_at = (SELECT max(at) FROM visits
                           WHERE customer_id = OLD.customer_id
                             AND kind IN ('visit', 'purchase'))
   WHERE id = OLD.customer_id;
END;

CREATE TRIGGER visits_after_update AFTER UPDATE OF at, kind, customer_id ON visits
BEGIN
  UPDATE customers
     SET visit_count = (SELECT count(*) FROM visits
                         WHERE customer_id = customers.id AND kind IN ('visit', 'purchase')),
         last_visit_at = (SELECT max(at) FROM visits
                           WHERE customer_id = customers.id AND kind IN ('visit', 'purchase'))
   WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
