{-# LANGUAGE OverloadedStrings #-}

module Text.Email.ValidateSpec (spec) where

import Control.Monad (forM_)
import qualified Data.ByteString.Char8 as BS
import Test.Hspec
import Test.QuickCheck
import Text.Email.Validate

-- | Addresses RFC 5322 (section 3.4.1) accepts and we keep accepting.
-- All domains are RFC 2606 reserved names.
validAddresses :: [BS.ByteString]
validAddresses =
  [ "user@example.com"
  , "first.last@example.org"
  , "user+tag@example.net"
  , "x@example.com"
  , "very.common@example.com"
  , "disposable.style.email.with+symbol@example.com"
  , "other.email-with-hyphen@example.com"
  , "fully-qualified-domain@example.com."
  , "user.name+tag+sorting@example.com"
  , "\"john..doe\"@example.org"
  , "\" \"@example.org"
  , "mailhost!username@example.org"
  , "user%example.com@example.org"
  , "user-@example.org"
  , "postmaster@[127.0.0.1]"
  , "postmaster@[IPv6:::1]"
  ]

-- | Addresses we must reject, with the reason the parser reports.
invalidAddresses :: [(BS.ByteString, String)]
invalidAddresses =
  [ ("plainaddress", "missing @")
  , ("@example.com", "empty local part")
  , ("user@", "empty domain")
  , ("user@@example.com", "second @")
  , ("A@b@c@example.com", "second @")
  , ("user@.example.com", "label starts with a dot")
  , ("user@example..com", "empty label")
  , ("user@-example.com", "label starts with a hyphen")
  , (".user@example.com", "local part starts with a dot")
  , ("user.@example.com", "local part ends with a dot")
  , ("us..er@example.com", "consecutive dots")
  , ("a\"b(c)d,e:f;g<h>i[j\\k]l@example.com", "unquoted specials")
  , ("just\"not\"right@example.com", "quoted part not alone")
  , ("this is\"not\\allowed@example.com", "spaces outside quotes")
  , ("i.like.underscores@but_they_are_not_allowed_in_this_part", "underscore in domain")
  , ("user@[300.0.0.1]", "bad address literal")
  , (BS.replicate 65 'a' <> "@example.com", "local part longer than 64 octets")
  ]

spec :: Spec
spec = do
  describe "isValid" $ do
    forM_ validAddresses $ \a ->
      it ("accepts " <> show a) $ isValid a `shouldBe` True
    forM_ invalidAddresses $ \(a, why) ->
      it ("rejects " <> show a <> " (" <> why <> ")") $ isValid a `shouldBe` False

  describe "validate" $ do
    it "splits local part and domain" $ do
      let Right e = validate "first.last@example.org"
      localPart e `shouldBe` "first.last"
      domainPart e `shouldBe` "example.org"

    it "lower-cases the domain but not the local part" $
      fmap toByteString (canonicalise "Mixed.Case@EXAMPLE.COM")
        `shouldBe` Right "Mixed.Case@example.com"

    it "drops the trailing root dot" $
      fmap toByteString (canonicalise "user@example.com.") `shouldBe` Right "user@example.com"

    it "reports the position of the first error" $
      validate "user@exa mple.com" `shouldBe` Left (ParseError 8 "unexpected space")

  describe "properties" $ do
    it "round-trips canonical addresses" $ property $ \(ArbitraryEmail e) ->
      (validate . toByteString) e === Right e

    it "never accepts input without an @" $ property $ \s ->
      notElem '@' s ==> isValid (BS.pack s) === False

newtype ArbitraryEmail = ArbitraryEmail EmailAddress
  deriving (Show)

instance Arbitrary ArbitraryEmail where
  arbitrary = do
    local <- listOf1 (elements (['a' .. 'z'] <> ['0' .. '9'] <> "._+-")) `suchThat` plausibleLocal
    domain <- elements ["example.com", "example.org", "example.net", "mail.example.com"]
    case validate (BS.pack (local <> "@" <> domain)) of
      Right e -> pure (ArbitraryEmail e)
      Left _ -> arbitrary
    where
      plausibleLocal l =
        length l <= 64 && head l /= '.' && last l /= '.' && not (".." `isInfixOfS` l)
      isInfixOfS n h = any (\i -> take (length n) (drop i h) == n) [0 .. length h]
