/**
 * Every limit of the server in one place: plain numbers, each named with its unit last
 * (…_BYTES, …_MS, …_ROWS, …_COUNT, …_CHARS, …_DAYS, …_SECONDS, …_SEATS). A limit that the
 * environment may change is read in boot/config.ts, which takes its default from here
 * (the …_DEFAULT_… names; README, "Configuration").
 */
import { HOUR_MS, MINUTE_MS, SECOND_MS } from './time.ts';

const KIB = 1024;
const MIB = 1024 * KIB;

// ---------- input: what one request or command may carry (HTTP schemas and app checks alike) ----------

/** Names of products, keys, members, tokens; a blacklist reason. */
export const NAME_MAX_CHARS = 200;
/** RFC 5321: a path holds at most 256 octets, so an address at most 254 characters. */
export const EMAIL_MAX_CHARS = 254;
export const PASSWORD_MAX_CHARS = 200;
export const URL_MAX_CHARS = 2000;
export const SUBSCRIPTION_MAX_SEATS = 1_000_000;
export const GRACE_PERIOD_MAX_DAYS = 365;
export const AUTO_RELEASE_MAX_DAYS = 3650;
/** Keys one License Administrator (member or token) is assigned. */
export const KEY_GRANTS_MAX_COUNT = 1000;
/** The longest path parameter the router matches (an id, a product code); a longer one is no resource. */
export const PATH_PARAM_MAX_CHARS = 200;
/** The largest page of a list. */
export const PAGE_MAX_ROWS = 500;
export const OFFSET_MAX_ROWS = 1_000_000;
/** Subscriptions read at once for one account (an account has a few, one per product and term). */
export const ACCOUNT_SUBSCRIPTIONS_MAX_ROWS = 1000;
/** The most devices one request acts on. */
export const BULK_DEVICES_MAX_COUNT = 500;
/** The most addresses one request invites. */
export const INVITATION_BATCH_MAX_COUNT = 10_000;
/** The body of an invitation request: large enough for 10,000 addresses, as JSON or as CSV. */
export const INVITE_BODY_MAX_BYTES = 2 * MIB;
/** Longer cells of an address list are no address anyway; they are cut so that the row is reported, not the request refused. */
export const EMAIL_CSV_CELL_MAX_CHARS = 1000;

// ---------- work done in pieces: pages, batches, retries ----------

export const DEVICE_EXPORT_PAGE_ROWS = 1000;
/** A device list asked for a capped count (`count=capped`) counts this many rows at most: past it, "more than". */
export const DEVICE_COUNT_CAPPED_MAX_ROWS = 10_000;
/**
 * The largest device export: a subscription has at most a million seats, and its ended devices
 * (status=all) may be more. Keyset pages streamed with back-pressure keep the memory flat, so
 * this only bounds the time one download takes.
 */
export const DEVICE_EXPORT_MAX_ROWS = 10_000_000;
export const INVITATION_EXPORT_PAGE_ROWS = 1000;
/** Devices of people (SSO, a seat per person) whose seats changed in a chart's window, read for one usage chart. */
export const USAGE_INTERVALS_MAX_ROWS = 100_000;
/** Changes of a seat total read for one usage chart (a change a day for 90 days is 90). */
export const USAGE_TOTAL_CHANGES_MAX_ROWS = 10_000;
/** Subscriptions `allot doctor` lists per read. */
export const COUNTER_CHECK_PAGE_ROWS = 200;
/** Keys, activations or subscriptions one sweep step settles per transaction. */
export const SWEEP_BATCH_ROWS = 200;
/** Old audit events dropped per transaction, and per sweep round (a backlog is worked off over several rounds). */
export const EVENT_RETENTION_BATCH_ROWS = 1000;
export const EVENT_RETENTION_ROUND_MAX_ROWS = 100_000;
/** The longest ALLOT_EVENT_RETENTION_DAYS: a hundred years. */
export const EVENT_RETENTION_MAX_DAYS = 36_500;
/** Password-reset requests worked off in one transaction. */
export const PASSWORD_RESET_BATCH_ROWS = 100;
/** Messages in flight at once per node (the SMTP transport pools its connections). */
export const MAIL_PARALLEL_COUNT = 8;
/** Messages claimed at once: small, so that a node that dies mid-batch strands few (until their lease ends). */
export const MAIL_CLAIM_BATCH_ROWS = MAIL_PARALLEL_COUNT * 4;
/** The most writes one shared transaction (group commit) carries. */
export const SHARED_WRITE_MAX_COUNT = 256;
/**
 * The most a shared transaction carries where the next one starts while its writes are answered
 * (PostgreSQL, `pipelinedCommits`): smaller, so that a lane's load is split between a
 * transaction at the database and one being answered.
 */
export const PIPELINED_SHARED_WRITE_MAX_COUNT = 32;
/** How many times a transaction is run after a deadlock, a serialization failure or a busy database. */
export const TRANSACTION_MAX_ATTEMPTS_COUNT = 5;
/** Distinct statements kept prepared (SQLite); the queries of Allot are a few hundred. */
export const STATEMENT_CACHE_MAX_COUNT = 1000;
/** `allot invite`: addresses per use-case call, small enough for a short transaction, large enough to be quick. */
export const INVITE_CLI_CHUNK_ROWS = 500;
/** `allot invite`: the most addresses one run reads (ten full API requests). */
export const INVITE_CLI_MAX_ROWS = 100_000;
export const INVITE_FILE_MAX_BYTES = 20 * MIB;

// ---------- time ----------

/** Recording every use of an API token would make every read a write; once a minute is enough to show activity. */
export const TOKEN_TOUCH_INTERVAL_MS = MINUTE_MS;
/** Likewise for a console session; once a minute keeps the idle timeout honest. */
export const SESSION_TOUCH_INTERVAL_MS = MINUTE_MS;
/** A password-reset email is sent at most this often per address (a form resubmitted, a script). */
export const PASSWORD_RESET_INTERVAL_MS = MINUTE_MS;
/** How often a node re-reads its signing keys (so a rotation on one node reaches the others). */
export const SIGNING_KEY_REFRESH_MS = 30 * SECOND_MS;
/** SQLite waits this long for another process's write lock (the CLI beside a server, a backup). */
export const SQLITE_BUSY_TIMEOUT_MS = 5 * SECOND_MS;
/** How long a migration waits for another one (in this process or another) to finish. */
export const MIGRATION_LOCK_WAIT_MS = MINUTE_MS;
/** After refusing an oversized request, the server reads on at most this much of its body, and this long (nginx's lingering close). */
export const LINGER_MAX_BYTES = 16 * MIB;
export const LINGER_MAX_MS = 10 * SECOND_MS;
/** How often Node looks for requests past their timeouts (its default, 30 s, would let them run that much longer). */
export const TIMEOUT_CHECK_INTERVAL_MS = SECOND_MS;
/** The window in which a client address's key guesses are counted. */
export const GUESS_WINDOW_MS = 10 * MINUTE_MS;
/**
 * Addresses the key-guess budget remembers; beyond it, the least recently seen are forgotten.
 * (The per-address request and per-key budgets remember 5000 each: http/client-limits.ts.)
 */
export const CLIENT_TRACKED_MAX_COUNT = 100_000;
/** `allot wait`: how often it asks, and how long by default. */
export const WAIT_POLL_INTERVAL_MS = 250;
export const WAIT_TIMEOUT_DEFAULT_SECONDS = 60;

// ---------- defaults of what the environment configures (boot/config.ts) ----------

export const CHECK_IN_INTERVAL_DEFAULT_MS = 168 * HOUR_MS;
export const SWEEP_INTERVAL_DEFAULT_MS = MINUTE_MS;
export const BODY_LIMIT_DEFAULT_BYTES = 64 * KIB;
export const PG_POOL_SIZE_DEFAULT_COUNT = 10;
export const MAIL_POLL_DEFAULT_MS = 2 * SECOND_MS;
export const MAIL_LEASE_DEFAULT_MS = 2 * MINUTE_MS;
export const MAIL_RETRY_BASE_DEFAULT_MS = 10 * SECOND_MS;
export const MAIL_RETRY_MAX_DEFAULT_MS = 15 * MINUTE_MS;
export const MAIL_GIVE_UP_DEFAULT_MS = 72 * HOUR_MS;
export const SIGN_IN_PER_MINUTE_DEFAULT_COUNT = 20;
export const CLIENT_PER_IP_PER_MINUTE_DEFAULT_COUNT = 6000;
/** Misses (unknown key, unknown activation, wrong fingerprint) per client address and GUESS_WINDOW_MS. */
export const KEY_GUESSES_PER_IP_DEFAULT_COUNT = 30;
export const ACTIVATIONS_PER_KEY_PER_MINUTE_DEFAULT_COUNT = 1000;
export const MAX_HEADER_DEFAULT_BYTES = 16 * KIB;
export const HEADERS_TIMEOUT_DEFAULT_MS = 10 * SECOND_MS;
export const REQUEST_TIMEOUT_DEFAULT_MS = 30 * SECOND_MS;
export const KEEP_ALIVE_TIMEOUT_DEFAULT_MS = 72 * SECOND_MS;

// SSO (docs/sso.md)
/** A sign-in sent to the identity provider must come back within this. */
export const SSO_REQUEST_TTL_MS = 10 * MINUTE_MS;
/** The one-time code a device sign-in ends in is redeemed within this. */
export const SSO_CODE_TTL_MS = 5 * MINUTE_MS;
export const SSO_DEVICES_PER_USER_DEFAULT_COUNT = 5;
export const SSO_DEVICES_PER_USER_MAX_COUNT = 1000;
export const SSO_GROUPS_PER_KEY_MAX_COUNT = 100;
export const SSO_GROUP_MAX_CHARS = 256;
export const SSO_CERTIFICATES_MAX_COUNT = 10;
export const SSO_METADATA_MAX_BYTES = 1 * MIB;
export const SSO_URL_MAX_CHARS = 2048;
export const SSO_USERS_PAGE_MAX_ROWS = 500;
/** SSO sign-ins a client address may start per minute (each writes a row until it expires). */
export const SSO_STARTS_PER_MINUTE_DEFAULT_COUNT = 60;
// ---------- verified domains (domain/domains.ts) ----------

/** Domains one account may add (verified or pending). */
export const DOMAINS_PER_ACCOUNT_MAX_COUNT = 50;
/** RFC 1035: a name of at most 253 characters (without its trailing dot), labels of at most 63. */
export const DOMAIN_NAME_MAX_CHARS = 253;
export const DOMAIN_LABEL_MAX_CHARS = 63;
/** Random bytes of a domain's verification token (hex in the TXT value). */
export const DOMAIN_TOKEN_BYTES = 16;
/** One DNS question: how long each try waits, and how many tries. */
export const DNS_TIMEOUT_MS = 3 * SECOND_MS;
export const DNS_TRIES_COUNT = 2;
/** What a check keeps of the TXT values it found (the DNS server's answer is not ours to trust). */
export const DOMAIN_CHECK_FOUND_MAX_COUNT = 20;
export const DOMAIN_CHECK_VALUE_MAX_CHARS = 500;
// ---------- SCIM provisioning (domain/scim.ts, docs/scim.md) ----------

/** Most resources one SCIM list answer carries (ServiceProviderConfig's filter.maxResults). */
export const SCIM_PAGE_MAX_COUNT = 200;
/** Most people or groups a filtered SCIM listing looks through for an account. */
export const SCIM_SCAN_MAX_ROWS = 100_000;
/** Most memberships one SCIM group write adds and removes together. */
export const SCIM_MEMBER_CHANGES_MAX_COUNT = 1000;
/** Most members a SCIM group may have. */
export const SCIM_GROUP_MEMBERS_MAX_COUNT = 50_000;
/** userName, displayName, externalId and the address: at most this many characters. */
export const SCIM_NAME_MAX_CHARS = 256;
/** A SCIM resource's attributes as stored (JSON), at most. */
export const SCIM_ATTRIBUTES_MAX_BYTES = 64 * 1024;

// ---------- policies and golden images (domain/policy.ts, docs/client.md) ----------

/** A golden image's description, shown to the people who start from it. */
export const GOLDEN_IMAGE_DESCRIPTION_MAX_CHARS = 2000;
/** Golden images one account keeps (one serves many keys). */
export const GOLDEN_IMAGES_PER_ACCOUNT_MAX_COUNT = 200;

/** The operator console (issue 16): its lists and searches are bounded. */
export const OPERATOR_MEMBERS_MAX_COUNT = 200;
export const OPERATOR_LIST_MAX_ROWS = 20;
export const OPERATOR_SEARCH_MAX_ROWS = 50;
export const OPERATOR_SEARCH_MIN_CHARS = 2;
export const OPERATOR_SEARCH_MAX_CHARS = 200;
/** A fingerprint is searched by its start from this many characters on. */
export const OPERATOR_FINGERPRINT_MIN_CHARS = 4;
export const OPERATOR_EXPIRING_SOON_DAYS = 30;
// ---------- webhooks (docs/webhooks.md) ----------

/** Endpoints per account, and the operator's own. */
export const WEBHOOK_ENDPOINTS_PER_ACCOUNT_MAX_COUNT = 20;
/** The largest page of a delivery log. */
export const WEBHOOK_DELIVERIES_PAGE_MAX_ROWS = 100;
/** Messages in flight at once per node, and claimed at once. */
export const WEBHOOK_PARALLEL_COUNT = 8;
export const WEBHOOK_CLAIM_BATCH_ROWS = WEBHOOK_PARALLEL_COUNT * 4;
/** How much of an answer is read, and how much of it the delivery log keeps. */
export const WEBHOOK_RESPONSE_READ_MAX_BYTES = 64 * KIB;
export const WEBHOOK_RESPONSE_KEPT_MAX_CHARS = 1024;
/** How long a rotated-out secret keeps signing beside the new one. */
export const WEBHOOK_PREVIOUS_SECRET_MS = 24 * HOUR_MS;
/** Attempts listed per delivery. */
export const WEBHOOK_ATTEMPTS_MAX_ROWS = 50;
export const WEBHOOK_TIMEOUT_DEFAULT_MS = 10 * SECOND_MS;
export const WEBHOOK_POLL_DEFAULT_MS = 2 * SECOND_MS;
/** Longer than the timeout: a node holds a message while it waits for the answer. */
export const WEBHOOK_LEASE_DEFAULT_MS = 2 * MINUTE_MS;
/** Standard Webhooks' (Svix's) schedule: the delay after each failed attempt; spent, the message has failed. */
export const WEBHOOK_RETRY_SCHEDULE_DEFAULT_MS = [5 * SECOND_MS, 5 * MINUTE_MS, 30 * MINUTE_MS, 2 * HOUR_MS, 5 * HOUR_MS, 10 * HOUR_MS, 10 * HOUR_MS];
/** Failed attempts in a row after which an endpoint is disabled (every attempt of about three messages). */
export const WEBHOOK_FAILURE_STREAK_DEFAULT_COUNT = 20;
/** How long the delivery log keeps a settled message (ALLOT_WEBHOOK_LOG_RETENTION_DAYS), and the longest it may be set to. */
export const WEBHOOK_LOG_RETENTION_DEFAULT_DAYS = 30;
export const WEBHOOK_LOG_RETENTION_MAX_DAYS = 36_500;
/** Settled messages dropped per transaction, and at most per round of the sweeps (the next round goes on). */
export const WEBHOOK_LOG_RETENTION_BATCH_ROWS = 1000;
export const WEBHOOK_LOG_RETENTION_ROUND_MAX_ROWS = 100_000;
