-- The celebrations' photos, kept on the server so that every counter
-- sees them (a shop in a file keeps them as files beside it). A photo is
-- named as the celebration's photo column names it; it goes when its
-- celebration goes (or its customer is erased) and when another photo
-- replaces it. Each computer keeps the ones it showed in a cache.
CREATE TABLE photos (
  name  text  PRIMARY KEY CHECK (name <> '' AND position('/' IN name) = 0),
  bytes bytea NOT NULL
);

CREATE FUNCTION celebration_photo_gone () RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.photo IS NOT NULL AND (TG_OP = 'DELETE' OR NEW.photo IS DISTINCT FROM OLD.photo) THEN
    DELETE FROM photos WHERE name = OLD.photo;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER celebrations_photo_gone AFTER UPDATE OF photo OR DELETE ON celebrations
  FOR EACH ROW EXECUTE FUNCTION celebration_photo_gone ();
