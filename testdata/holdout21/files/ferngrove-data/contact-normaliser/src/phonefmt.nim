## phonefmt: format phone numbers for display and for E.164 storage.
##
## Only fictional numbers appear in the tests below:
## * US: 202-555-0100 through 202-555-0199 are reserved for fiction;
## * UK: Ofcom's drama ranges 07700 900000-900999 (mobile) and
##   020 7946 0000-0999 (London);
## so nothing here can ring a real person.

import std/[strutils, tables, options]

type
  Region* = enum
    rUS = "US", rGB = "GB"

  PhoneNumber* = object
    region*: Region
    national*: string   ## national significant number, digits only

const countryCodes = {rUS: "1", rGB: "44"}.toTable

proc onlyDigits(s: string): string =
  for c in s:
    if c in Digits: result.add c

proc parse*(raw: string, defaultRegion = rGB): Option[PhoneNumber] =
  ## Accepts "+<cc><nsn>", "00<cc><nsn>" and national forms for the default region.
  var s = raw.strip
  if s.startsWith("00"): s = "+" & s[2 .. ^1]
  let d = onlyDigits(s)
  if s.startsWith("+"):
    for region, cc in countryCodes:
      if d.startsWith(cc):
        let nsn = d[cc.len .. ^1]
        case region
        of rUS:
          if nsn.len == 10: return some PhoneNumber(region: rUS, national: nsn)
        of rGB:
          if nsn.len in 9 .. 10 and nsn[0] != '0': return some PhoneNumber(region: rGB, national: nsn)
    return none(PhoneNumber)
  case defaultRegion
  of rUS:
    let nsn = if d.len == 11 and d[0] == '1': d[1 .. ^1] else: d
    if nsn.len == 10: return some PhoneNumber(region: rUS, national: nsn)
  of rGB:
    if d.len in 10 .. 11 and d[0] == '0': return some PhoneNumber(region: rGB, national: d[1 .. ^1])
  none(PhoneNumber)

proc e164*(p: PhoneNumber): string = "+" & countryCodes[p.region] & p.national

proc national*(p: PhoneNumber): string =
  let n = p.national
  case p.region
  of rUS: "(" & n[0 .. 2] & ") " & n[3 .. 5] & "-" & n[6 .. 9]
  of rGB:
    if n.startsWith("7"): "0" & n[0 .. 3] & " " & n[4 .. ^1]
    elif n.startsWith("20"): "0" & n[0 .. 1] & " " & n[2 .. 5] & " " & n[6 .. ^1]
    else: "0" & n[0 .. 3] & " " & n[4 .. ^1]

proc international*(p: PhoneNumber): string =
  let n = p.national
  case p.region
  of rUS: "+1 " & n[0 .. 2] & "-" & n[3 .. 5] & "-" & n[6 .. 9]
  of rGB:
    if n.startsWith("20"): "+44 " & n[0 .. 1] & " " & n[2 .. 5] & " " & n[6 .. ^1]
    else: "+44 " & n[0 .. 3] & " " & n[4 .. ^1]

when isMainModule:
  import std/unittest

  suite "phonefmt":
    const cases = [
      # input,              default, e164,            national,        international
      ("+1 202-555-0143",   rUS,     "+12025550143",  "(202) 555-0143", "+1 202-555-0143"),
      ("(202) 555-0187",    rUS,     "+12025550187",  "(202) 555-0187", "+1 202-555-0187"),
      ("1-202-555-0110",    rUS,     "+12025550110",  "(202) 555-0110", "+1 202-555-0110"),
      ("07700 900123",      rGB,     "+447700900123", "07700 900123",   "+44 7700 900123"),
      ("+44 7700 900461",   rGB,     "+447700900461", "07700 900461",   "+44 7700 900461"),
      ("0044 7700 900982",  rGB,     "+447700900982", "07700 900982",   "+44 7700 900982"),
      ("020 7946 0321",     rGB,     "+442079460321", "020 7946 0321",  "+44 20 7946 0321"),
    ]

    test "round trips":
      for (input, region, e, nat, intl) in cases:
        let p = parse(input, region)
        check p.isSome
        check p.get.e164 == e
        check p.get.national == nat
        check p.get.international == intl
        check parse(e).get == p.get

    test "rejects junk":
      for bad in ["", "12345", "+999 123", "07700 9001", "+44 07700 900123", "call me"]:
        check parse(bad).isNone
