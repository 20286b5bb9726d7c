package com.cobblestonepay.risk.rules.dsl

import scala.annotation.tailrec

/** Tokens of the risk-rule DSL, e.g.
  * {{{
  * rule "high-value first payout" when
  *   payout.amount > 5000 and beneficiary.age_days < 2
  *   and not beneficiary.email endsWith "@example.com"
  * then review("payouts-l2")
  * }}}
  */
sealed trait Token { def pos: Int }

object Token {
  final case class Ident(name: String, pos: Int) extends Token
  final case class Keyword(word: String, pos: Int) extends Token
  final case class StringLit(value: String, pos: Int) extends Token
  final case class NumberLit(value: BigDecimal, pos: Int) extends Token
  final case class Op(symbol: String, pos: Int) extends Token
  final case class Punct(ch: Char, pos: Int) extends Token
  final case class EOF(pos: Int) extends Token

  val Keywords: Set[String] =
    Set("rule", "when", "then", "and", "or", "not", "in", "endsWith", "startsWith", "matches", "true", "false")
}

final case class LexError(message: String, pos: Int) {
  def render(src: String): String = {
    val lineStart = src.lastIndexOf('\n', pos - 1) + 1
    val lineEnd = { val i = src.indexOf('\n', pos); if (i < 0) src.length else i }
    s"$message\n${src.substring(lineStart, lineEnd)}\n${" " * (pos - lineStart)}^"
  }
}

object Tokenizer {
  import Token._

  private val TwoCharOps = Set("==", "!=", "<=", ">=", "&&", "||")
  private val OneCharOps = Set('<', '>', '+', '-', '*', '/', '%')
  private val Puncts = Set('(', ')', ',', '.', '[', ']')

  /** Splits `src` into tokens. Never throws; the first error stops the scan. */
  def tokenize(src: String): Either[LexError, Vector[Token]] = {
    @tailrec
    def loop(i: Int, acc: Vector[Token]): Either[LexError, Vector[Token]] =
      if (i >= src.length) Right(acc :+ EOF(i))
      else {
        val c = src.charAt(i)
        if (c.isWhitespace) loop(i + 1, acc)
        else if (c == '#') loop(skipComment(src, i), acc)
        else if (c == '"') readString(src, i) match {
          case Right((tok, next)) => loop(next, acc :+ tok)
          case Left(err)          => Left(err)
        }
        else if (c.isDigit) {
          val end = scanWhile(src, i, ch => ch.isDigit || ch == '.' || ch == '_')
          val raw = src.substring(i, end).replace("_", "")
          if (raw.count(_ == '.') > 1) Left(LexError(s"malformed number '$raw'", i))
          else loop(end, acc :+ NumberLit(BigDecimal(raw), i))
        }
        else if (c.isLetter || c == '_') {
          val end = scanWhile(src, i, ch => ch.isLetterOrDigit || ch == '_')
          val word = src.substring(i, end)
          val tok = if (Keywords(word)) Keyword(word, i) else Ident(word, i)
          loop(end, acc :+ tok)
        }
        else if (i + 1 < src.length && TwoCharOps(src.substring(i, i + 2))) loop(i + 2, acc :+ Op(src.substring(i, i + 2), i))
        else if (OneCharOps(c)) loop(i + 1, acc :+ Op(c.toString, i))
        else if (Puncts(c)) loop(i + 1, acc :+ Punct(c, i))
        else Left(LexError(s"unexpected character '${c}'", i))
      }

    loop(0, Vector.empty)
  }

  private def scanWhile(src: String, from: Int, p: Char => Boolean): Int = {
    var j = from
    while (j < src.length && p(src.charAt(j))) j += 1
    j
  }

  private def skipComment(src: String, from: Int): Int = {
    val nl = src.indexOf('\n', from)
    if (nl < 0) src.length else nl + 1
  }

  private def readString(src: String, start: Int): Either[LexError, (StringLit, Int)] = {
    val sb = new StringBuilder
    var j = start + 1
    while (j < src.length) {
      src.charAt(j) match {
        case '"' => return Right((StringLit(sb.result(), start), j + 1))
        case '\\' if j + 1 < src.length =>
          src.charAt(j + 1) match {
            case 'n'   => sb.append('\n')
            case 't'   => sb.append('\t')
            case '"'   => sb.append('"')
            case '\\'  => sb.append('\\')
            case other => return Left(LexError(s"unknown escape '\\$other'", j))
          }
          j += 2
        case ch =>
          sb.append(ch)
          j += 1
      }
    }
    Left(LexError("unterminated string", start))
  }

  /** Re-renders tokens; used by the rule editor for syntax highlighting round trips. */
  def render(tokens: Seq[Token]): String = tokens.collect {
    case Ident(n, _)     => n
    case Keyword(w, _)   => w
    case StringLit(v, _) => "\"" + v.flatMap { case '"' => "\\\""; case '\\' => "\\\\"; case '\n' => "\\n"; case c => c.toString } + "\""
    case NumberLit(v, _) => v.toString
    case Op(s, _)        => s
    case Punct(c, _)     => c.toString
  }.mkString(" ")
}
