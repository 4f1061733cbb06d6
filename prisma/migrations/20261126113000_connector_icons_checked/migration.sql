-- Icons of paconn uploads are now kept only when their bytes are a PNG or JPEG under 1 MB (rule PaconnIconNotImage).
-- Icons stored before that check are held to the same rule here, so the catalog never announces an icon
-- (hasIcon) that GET /api/v1/connectors/{slug}/icon would refuse to serve. Brand colours stay as they are.
UPDATE "Connector" SET icon = NULL
WHERE icon IS NOT NULL
  AND (octet_length(icon) > 1048576
       OR NOT (substring(icon FROM 1 FOR 8) = '\x89504e470d0a1a0a'::bytea OR substring(icon FROM 1 FOR 3) = '\xffd8ff'::bytea));
