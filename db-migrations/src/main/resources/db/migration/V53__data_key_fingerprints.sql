-- Issue 24: every node must encrypt and index with the same data keys, which are kept outside the database (a key
-- file or LTC_DATA_KEYS). A node on another machine whose run command made a key file of its own would write values
-- and blind indexes the other nodes cannot read or find. The keys' fingerprints (HMAC-SHA256 of a fixed text under
-- each key: whether two keys are the same, never what they are) are kept here; a node whose keys differ refuses to
-- start (KeyFingerprints). The first node started with a key records it.
create table data_key_fingerprint (
  key_id       varchar(64) not null primary key comment 'the key id of the key file; :index for the blind-index key',
  fingerprint  char(44)    not null comment 'base64 of HMAC-SHA256(key, fixed text)'
) comment 'the data keys every node must have';
