-- The shop's settings, kept with its data (SQLite's step 21): what every
-- counter must share. Each value is the setting's GVariant text.
CREATE TABLE shop_settings (
  key   text PRIMARY KEY CHECK (key <> ''),
  value text NOT NULL
);
