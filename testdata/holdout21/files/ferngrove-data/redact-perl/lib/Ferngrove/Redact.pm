package Ferngrove::Redact;

use strict;
use warnings;
use utf8;

our $VERSION = '0.07';

use Carp qw(croak);
use Exporter 'import';
our @EXPORT_OK = qw(redact luhn_ok);

=head1 NAME

Ferngrove::Redact - mask e-mail addresses, card numbers, SSNs and phone numbers in free text

=head1 SYNOPSIS

  use Ferngrove::Redact qw(redact);

  my $clean = redact('Reach me at jo@example.org, card ending 4242');
  # "Reach me at [email], card ending 4242"

  my $r = Ferngrove::Redact->new(keep_last => 4, tag => '<%s>');
  print $r->redact($text);

=head1 DESCRIPTION

Patterns are deliberately conservative: a card number is only masked when the
digits pass the Luhn check, an SSN only when it is in C<AAA-GG-SSSS> form with
an area other than 000, 666 or 9xx. Phone numbers are masked when they are in
E.164 form (C<+> and 8 to 15 digits) or in a national form with separators.

=cut

my %DEFAULT = (keep_last => 0, tag => '[%s]');

my $EMAIL_RE = qr/(?<![\w.+-])[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])/;
my $CARD_RE  = qr/(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/;
my $SSN_RE   = qr/(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/;
my $PHONE_RE = qr/(?<![\w+])(?:\+[1-9]\d{7,14}|\(?0\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4})(?!\d)/;

sub new {
    my ($class, %args) = @_;
    for my $k (keys %args) {
        croak "unknown option '$k'" unless exists $DEFAULT{$k};
    }
    return bless { %DEFAULT, %args }, $class;
}

sub luhn_ok {
    my ($digits) = @_;
    $digits =~ s/\D//g;
    return 0 if length($digits) < 13 || length($digits) > 19;
    my ($sum, $alt) = (0, 0);
    for my $d (reverse split //, $digits) {
        if ($alt) { $d *= 2; $d -= 9 if $d > 9 }
        $sum += $d;
        $alt = !$alt;
    }
    return $sum % 10 == 0;
}

sub _mask {
    my ($self, $kind, $match) = @_;
    my $tag = sprintf $self->{tag}, $kind;
    return $tag unless $self->{keep_last};
    (my $digits = $match) =~ s/\D//g;
    return $tag . substr($digits, -$self->{keep_last});
}

sub redact {
    my $self = ref $_[0] ? shift : __PACKAGE__->new;
    my ($text) = @_;
    return $text unless defined $text;

    $text =~ s/$EMAIL_RE/sprintf $self->{tag}, 'email'/ge;
    $text =~ s/$CARD_RE/luhn_ok($&) ? $self->_mask('card', $&) : $&/ge;
    $text =~ s/$SSN_RE/$self->_mask('ssn', $&)/ge;
    $text =~ s/$PHONE_RE/$self->_mask('phone', $&)/ge;
    return $text;
}

1;

__END__

=head1 EXAMPLES

  redact('ssn 000-12-3456 is not a real SSN');   # unchanged: area 000 is never issued
  redact('order 2024-11-0412 shipped');          # unchanged: a date-like reference
  redact('mail noreply@example.com');            # "mail [email]"

  my $r = Ferngrove::Redact->new(keep_last => 4);
  $r->redact('card ending 4242');                # unchanged: too short to be a card

=head1 CAVEATS

Names and postal addresses are not detected. Run the output through a human
review before publishing anything derived from free-text answers.

=head1 LICENSE

Copyright (C) Ferngrove Data Ltd.

This library is free software; you can redistribute it and/or modify it under
the same terms as Perl itself.

=cut
