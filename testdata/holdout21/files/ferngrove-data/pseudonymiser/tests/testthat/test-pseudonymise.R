# Tests for pseudonymise(): keyed hashing of participant identifiers before
# survey data leaves the secure enclave. All data below is synthetic.

library(testthat)
library(withr)

sample_responses <- function() {
  data.frame(
    participant_id = c("P-0001", "P-0002", "P-0003"),
    email = c("p0001@example.org", "p0002@example.org", "p0003@example.org"),
    birth_year = c(1961L, 1984L, 1999L),
    postcode_district = c("LS6", "BD7", "HX1"),
    q1_score = c(4L, 2L, 5L),
    stringsAsFactors = FALSE
  )
}

test_that("sha256 helper matches the FIPS 180-4 'abc' vector", {
  expect_identical(
    sha256_hex("abc"),
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
  )
})

test_that("pseudonymise() refuses to run without a key", {
  local_envvar(FG_PSEUDO_KEY = NA)
  expect_error(pseudonymise(sample_responses()), "FG_PSEUDO_KEY is not set")
})

test_that("identifiers are replaced by keyed hashes", {
  local_envvar(FG_PSEUDO_KEY = "test-key-not-secret")
  out <- pseudonymise(sample_responses(), id_cols = "participant_id", drop_cols = "email")

  expect_false("email" %in% names(out))
  expect_match(out$participant_id, "^[0-9a-f]{64}$")
  # HMAC-SHA256("test-key-not-secret", "P-0001"), computed independently in Python
  expect_identical(out$participant_id[[1]], "cf838a63ca6921b2b67857030d5b0363d880fb64cb686617f419e6bdfc89f75b")
  expect_equal(length(unique(out$participant_id)), 3)
})

test_that("the same key gives the same pseudonym across runs", {
  local_envvar(FG_PSEUDO_KEY = "test-key-not-secret")
  a <- pseudonymise(sample_responses(), id_cols = "participant_id", drop_cols = "email")
  b <- pseudonymise(sample_responses()[3:1, ], id_cols = "participant_id", drop_cols = "email")
  expect_setequal(a$participant_id, b$participant_id)
})

test_that("a different key gives unlinkable pseudonyms", {
  a <- with_envvar(c(FG_PSEUDO_KEY = "test-key-not-secret"), pseudonymise(sample_responses(), "participant_id", "email"))
  b <- with_envvar(c(FG_PSEUDO_KEY = "another-test-key"), pseudonymise(sample_responses(), "participant_id", "email"))
  expect_length(intersect(a$participant_id, b$participant_id), 0)
})

test_that("quasi-identifiers are generalised", {
  local_envvar(FG_PSEUDO_KEY = "test-key-not-secret")
  out <- pseudonymise(sample_responses(), "participant_id", "email", generalise = list(birth_year = 10))
  expect_identical(out$birth_year, c("1960-1969", "1980-1989", "1990-1999"))
  expect_identical(out$postcode_district, c("LS6", "BD7", "HX1"))
})

test_that("free-text answers are scrubbed of e-mails and phone numbers", {
  local_envvar(FG_PSEUDO_KEY = "test-key-not-secret")
  df <- sample_responses()
  df$comments <- c("contact me at p0001@example.org", "call the number on my form", NA)
  out <- pseudonymise(df, "participant_id", "email", scrub_cols = "comments")
  expect_identical(out$comments, c("contact me at [email]", "call the number on my form", NA))
})
