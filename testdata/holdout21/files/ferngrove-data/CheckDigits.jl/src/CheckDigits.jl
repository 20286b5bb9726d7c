"""
    CheckDigits

Check-digit algorithms used when cleaning survey and registry extracts:
Luhn (mod 10), ISBN-10/13, ISO 7064 MOD 97-10 and the Verhoeff scheme.
Only the arithmetic lives here; nothing in this module knows what the
numbers *are*.
"""
module CheckDigits

export luhn_valid, luhn_checkdigit, isbn13_valid, isbn10_valid, mod97_10, verhoeff_valid

digits(s::AbstractString) = [c - '0' for c in s if isdigit(c)]

"""
    luhn_checkdigit(payload) -> Int

Digit to append to `payload` so that the result passes the Luhn test.
"""
function luhn_checkdigit(payload::AbstractString)
    total = 0
    for (i, d) in enumerate(reverse(digits(payload)))
        if isodd(i)
            d *= 2
            d > 9 && (d -= 9)
        end
        total += d
    end
    return (10 - total % 10) % 10
end

function luhn_valid(s::AbstractString)
    ds = digits(s)
    length(ds) < 2 && return false
    return luhn_checkdigit(join(ds[1:end-1])) == ds[end]
end

function isbn13_valid(s::AbstractString)
    ds = digits(s)
    length(ds) == 13 || return false
    return sum(d * (isodd(i) ? 1 : 3) for (i, d) in enumerate(ds)) % 10 == 0
end

function isbn10_valid(s::AbstractString)
    t = uppercase(filter(c -> isdigit(c) || c == 'X', s))
    length(t) == 10 || return false
    vals = [c == 'X' ? 10 : c - '0' for c in t]
    any(==(10), vals[1:9]) && return false
    return sum((11 - i) * v for (i, v) in enumerate(vals)) % 11 == 0
end

"""
    mod97_10(s) -> Int

ISO 7064 MOD 97-10 remainder of `s`, with letters mapped A=10 ... Z=35.
A string whose check characters are correct gives 1.
"""
function mod97_10(s::AbstractString)
    r = 0
    for c in uppercase(s)
        if isdigit(c)
            r = (r * 10 + (c - '0')) % 97
        elseif 'A' <= c <= 'Z'
            r = (r * 100 + (c - 'A' + 10)) % 97
        elseif c == ' '
            continue
        else
            throw(ArgumentError("unexpected character $(repr(c))"))
        end
    end
    return r
end

const VERHOEFF_D = [
    0 1 2 3 4 5 6 7 8 9; 1 2 3 4 0 6 7 8 9 5; 2 3 4 0 1 7 8 9 5 6; 3 4 0 1 2 8 9 5 6 7;
    4 0 1 2 3 9 5 6 7 8; 5 9 8 7 6 0 4 3 2 1; 6 5 9 8 7 1 0 4 3 2; 7 6 5 9 8 2 1 0 4 3;
    8 7 6 5 9 3 2 1 0 4; 9 8 7 6 5 4 3 2 1 0]
const VERHOEFF_P = [
    0 1 2 3 4 5 6 7 8 9; 1 5 7 6 2 8 3 0 9 4; 5 8 0 3 7 9 6 1 4 2; 8 9 1 6 0 4 3 5 2 7;
    9 4 5 3 1 2 6 8 7 0; 4 2 8 6 5 7 3 9 0 1; 2 7 9 3 8 0 6 4 1 5; 7 0 4 6 9 1 3 2 5 8]

function verhoeff_valid(s::AbstractString)
    c = 0
    for (i, d) in enumerate(reverse(digits(s)))
        c = VERHOEFF_D[c+1, VERHOEFF_P[((i - 1) % 8)+1, d+1]+1]
    end
    return c == 0
end

end # module

# ---------------------------------------------------------------------------
# test/runtests.jl is a one-liner that includes this block; kept here so the
# examples sit next to the code.
if abspath(PROGRAM_FILE) == @__FILE__
    using Test
    using .CheckDigits
    @testset "CheckDigits" begin
        # the worked example from the Luhn article and ISO/IEC 7812-1 Annex B
        @test luhn_valid("79927398713")
        @test !luhn_valid("79927398710")
        @test luhn_checkdigit("7992739871") == 3
        @test !luhn_valid("0")
        @test luhn_valid("18")
        # ISBN examples from the ISBN Users' Manual
        @test isbn13_valid("978-0-306-40615-7")
        @test !isbn13_valid("978-0-306-40615-6")
        @test isbn10_valid("0-306-40615-2")
        @test isbn10_valid("0-8044-2957-X")
        # MOD 97-10 on short synthetic strings
        @test mod97_10("A1") == 4
        @test mod97_10("98") == 1
        @test mod97_10("ABC") == mod97_10("abc")
        @test_throws ArgumentError mod97_10("12-34")
        # Verhoeff: 236 -> check digit 3
        @test verhoeff_valid("2363")
        @test !verhoeff_valid("2364")
    end
end
