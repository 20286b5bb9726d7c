package corpus

import (
	"fmt"
	"strings"
	"time"
)

// Chat: support transcripts, Slack exports, email threads, AI assistant
// conversations and helpdesk tickets, where people paste what they should not.

// chatLeak returns a message in which a colleague pastes a credential.
func chatLeak(g *gen) cat {
	switch g.intn(11) {
	case 0:
		return cat{"here's the bot token for the test workspace: ", lab(tSlack, g.slackToken())}
	case 1:
		return cat{"use these until IAM is sorted: key ", lab(tAWSKey, g.awsKeyID(false)), " secret ", lab(tAWSSecret, g.awsSecret())}
	case 2:
		return cat{"prod db is ", lab(tDBConn, g.dbURL()), " — please don't share"}
	case 3:
		return cat{"the admin password got reset to ", lab(tPassword, g.password()), " fyi"}
	case 4:
		return cat{"my PAT if you need to re-run the pipeline: ", lab(tGitHub, g.githubToken())}
	case 5:
		return cat{"OpenAI key for the eval harness -> ", lab(tOpenAI, g.openaiKey())}
	case 6:
		return cat{"webhook for alerts: ", lab(tSlackHook, g.slackWebhook())}
	case 7:
		return cat{"curl -H \"Authorization: Bearer ", lab(tJWT, g.jwt()), "\" https://api.", pick(g, corpDomains), "/v1/me"}
	case 8:
		return cat{"hf token for the private model: ", lab(tHF, g.hfToken())}
	case 10:
		return cat{"OAuth client for staging: id ", g.oauthClientID(), " secret ", lab(tOAuthSecret, g.oauthClientSecret())}
	default:
		return cat{"telegram bot ", lab(tTelegram, g.telegramToken()), " posts to the ops group"}
	}
}

// chatBenign returns an ordinary engineering message.
func chatBenign(g *gen) string {
	return pick(g, []string{
		"deploying " + pick(g, services) + " " + g.version() + " now",
		"rollback done, we're on " + g.sha(7) + " again",
		"p99 is back under 200ms",
		"can someone review PR #" + fmt.Sprint(g.between(100, 9999)) + "?",
		"the cron (" + g.cron() + ") ran twice last night, looking",
		"ticket " + g.orderID() + " is a dupe",
		"LGTM :shipit:",
		"build " + fmt.Sprint(g.between(1000, 99999)) + " failed on flaky test, re-running",
		"image digest is " + g.digest(),
		"ok thanks!",
		"standup in 5",
		"who owns " + g.podName(pick(g, services)) + "? it's crashlooping",
	})
}

func buildChat(g *gen, d *doc, i int) string {
	t := g.when()
	step := func() time.Time { t = t.Add(time.Duration(g.between(5, 300)) * time.Second); return t }
	switch i % 7 {
	case 0:
		// Support chat: the customer volunteers identity and payment details.
		p := g.person()
		agent := pick(g, supportAgents)
		d.f("Chat transcript — ticket %s\nStarted: %s\n\n", g.orderID(), t.Format("Mon, 02 Jan 2006 15:04 MST"))
		line := func(who string, msg ...any) {
			d.f("[%s] %s: ", step().Format("15:04"), who)
			for _, m := range msg {
				d.f("%s", m)
			}
			d.raw("\n")
		}
		line(agent, "Hi, thanks for contacting "+p.company+" support! How can I help?")
		line(p.first, "hi, i was charged twice for my order")
		line(agent, "Sorry about that. Can you confirm the email on the account?")
		line(p.first, "its ", lab(tEmail, p.email))
		line(agent, "Thanks. And your date of birth for verification?")
		line(p.first, "born ", lab(tDOB, g.dob()))
		line(p.first, "the card is ", lab(tCard, g.card()), " exp ", fmt.Sprintf("%02d/%02d", g.between(1, 12), g.between(25, 30)))
		line(agent, "Please don't share full card numbers here — I've flagged this message for redaction.")
		line(p.first, "oh sorry. you can call me on ", lab(tPhone, p.phone))
		if g.chance(0.6) {
			line(agent, "For the refund to a bank account we need the IBAN.")
			line(p.first, lab(tIBAN, g.iban()))
		}
		if g.chance(0.5) {
			line(agent, "We also need to verify identity: passport number please?")
			line(p.first, "passport no: ", lab(tPassport, g.passport()))
		}
		line(agent, "All set, refund issued. Reference "+g.orderID()+".")
		return "support-chat.txt"
	case 1:
		// Slack channel export.
		var msgs arr
		users := []string{"U" + g.str(upper+digits, 10), "U" + g.str(upper+digits, 10), "U" + g.str(upper+digits, 10)}
		team := "T" + g.str(upper+digits, 10)
		for range g.between(30, 80) {
			var text any = chatBenign(g)
			if g.chance(0.2) {
				text = chatLeak(g)
			}
			msgs = append(msgs, obj{{"type", "message"}, {"user", pick(g, users)}, {"text", text},
				{"ts", fmt.Sprintf("%d.%06d", step().Unix(), g.intn(1000000))}, {"client_msg_id", g.uuid()}, {"team", team}})
		}
		writeJSON(g, d, msgs)
		return "slack-export-" + strings.TrimPrefix(pick(g, slackChannels), "#") + ".json"
	case 2:
		// IRC log.
		for range g.between(40, 120) {
			nick := asciiFold(pick(g, firstNames))
			d.f("%s <%s> ", step().Format("2006-01-02 15:04:05"), nick)
			if g.chance(0.15) {
				d.f("%s\n", chatLeak(g))
			} else {
				d.f("%s\n", chatBenign(g))
			}
		}
		return "irc-ops.log"
	case 3:
		// Email thread with bank details in the body and the quote.
		a, b := g.person(), g.person()
		d.f("From: %s <%s>\nTo: %s <%s>\nCc: %s\nDate: %s\nSubject: RE: Invoice %s overdue\nMessage-ID: <%s@mail.%s>\n\n",
			a.name(), lab(tEmail, a.email), b.name(), lab(tEmail, b.email), lab(tEmail, g.roleEmail()), t.Format(time.RFC1123Z), g.orderID(), g.uuid(), pick(g, corpDomains))
		d.f("Hi %s,\n\nPlease wire the outstanding amount to our new account:\n\n  IBAN: %s\n  BIC:  %s\n\nIf you prefer, call me on %s or my mobile %s.\n\n", b.first, lab(tIBAN, g.iban()),
			pick(g, []string{"DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "ABNANL2A"}), lab(tPhone, a.phone), lab(tPhone, g.anyPhone()))
		d.f("Best,\n%s\n%s | %s\n\n> On %s, %s <%s> wrote:\n> Could you resend the bank details? The last ones bounced.\n", a.name(), a.company, lab(tPhone, g.anyPhone()), t.Add(-48*time.Hour).Format("Mon, Jan 2, 2006"), b.name(), lab(tEmail, b.email))
		return "email-thread.eml"
	case 4:
		// AI assistant conversation where the user pastes a .env.
		var msgs arr
		msgs = append(msgs, obj{{"role", "system"}, {"content", "You are a helpful coding assistant."}})
		envText := cat{"why does my app crash on start? here's my .env:\n\nDATABASE_URL=", lab(tDBConn, g.dbURL()), "\nSTRIPE_SECRET_KEY=", lab(tStripe, g.stripeKey()),
			"\nANTHROPIC_API_KEY=", lab(tAnthropic, g.anthropicKey()), "\nPORT=8080\n"}
		msgs = append(msgs, obj{{"role", "user"}, {"content", envText}})
		msgs = append(msgs, obj{{"role", "assistant"}, {"content", "The error says the port is already in use. Also: rotate the keys you pasted — they are now exposed."}})
		msgs = append(msgs, obj{{"role", "user"}, {"content", cat{"ok. also my colleague ", lab(tEmail, g.person().email), " gets 401 with token ", lab(tAuthToken, g.opaqueToken())}}})
		writeJSON(g, d, obj{{"model", pick(g, []string{"gpt-4o", "claude-sonnet-4-5", "llama-3.1-70b"})}, {"messages", msgs}, {"temperature", 0.2}, {"user", g.uuid()}})
		return "assistant-conversation.json"
	case 5:
		// Helpdesk ticket with comments.
		p := g.person()
		writeJSON(g, d, obj{{"ticket", obj{
			{"id", g.between(10000, 999999)}, {"subject", "Cannot update billing details"}, {"status", "open"}, {"priority", "high"},
			{"requester", obj{{"name", p.name()}, {"email", lab(tEmail, p.email)}, {"phone", lab(tPhone, p.phone)}}},
			{"comments", arr{
				obj{{"author", "requester"}, {"created_at", step().Format(time.RFC3339)}, {"body", cat{"My SSN is ", lab(tSSN, g.ssn(false)), " if you need it for the tax form. New card: ", lab(tCard, g.card())}}},
				obj{{"author", "agent"}, {"created_at", step().Format(time.RFC3339)}, {"body", "Thanks, we've updated it. Please never send card numbers by email."}},
				obj{{"author", "requester"}, {"created_at", step().Format(time.RFC3339)}, {"body", cat{"Also my DOB on file is wrong, it should be ", lab(tDOB, g.dob())}}},
			}},
			{"via", obj{{"channel", "web"}, {"source", obj{{"ip", lab(tIP, g.publicIPv4())}}}}},
		}}})
		return "helpdesk-ticket.json"
	default:
		// Discord-style markdown chat.
		for range g.between(15, 35) {
			d.f("**%s** (%s): ", asciiName(pick(g, firstNames)), step().Format("3:04 PM"))
			if g.chance(0.2) {
				switch g.intn(3) {
				case 0:
					d.f("discord bot token is `%s`\n", lab(tDiscord, g.discordToken()))
				case 1:
					d.f("npm publish needs `%s` in .npmrc\n", lab(tNPM, g.npmToken()))
				default:
					d.f("%s\n", chatLeak(g))
				}
			} else {
				d.f("%s\n", chatBenign(g))
			}
		}
		return "discord-dev.md"
	}
}

func buildChatNegative(g *gen, d *doc, i int) string {
	t := g.when()
	step := func() time.Time { t = t.Add(time.Duration(g.between(5, 300)) * time.Second); return t }
	switch i % 3 {
	case 0:
		for range g.between(60, 160) {
			d.f("%s <%s> %s\n", step().Format("2006-01-02 15:04:05"), asciiFold(pick(g, firstNames)), chatBenign(g))
		}
		return "irc-ops.log"
	case 1:
		agent := pick(g, supportAgents)
		d.f("Chat transcript — ticket %s\n\n", g.orderID())
		d.f("[%s] Customer: hi, my order %s hasn't arrived\n", step().Format("15:04"), g.orderID())
		d.f("[%s] %s: Sorry to hear that! I can see the order for the account %s, paid with the card %s.\n", step().Format("15:04"), agent, g.maskedEmail(), g.maskedCard())
		d.f("[%s] Customer: yes that's me. tracking says 1Z%s\n", step().Format("15:04"), strings.ToUpper(g.str(alnumLow, 16)))
		d.f("[%s] %s: The parcel left the depot on %s; expected delivery %s.\n", step().Format("15:04"), agent, g.when().Format("January 2"), g.when().Format("Mon Jan 2"))
		d.f("[%s] Customer: great, thanks!\n[%s] %s: Anything else? Your reference is %s.\n", step().Format("15:04"), step().Format("15:04"), agent, g.uuid())
		return "support-chat.txt"
	default:
		var msgs arr
		msgs = append(msgs, obj{{"role", "user"}, {"content", "How do I read a secret from the environment in Go instead of hard-coding it?"}})
		msgs = append(msgs, obj{{"role", "assistant"}, {"content", "Use os.Getenv(\"API_KEY\") and fail fast when it is empty. In examples, use placeholders like <your-api-key> or the documented AKIAIOSFODNN7EXAMPLE, never a real key."}})
		msgs = append(msgs, obj{{"role", "user"}, {"content", "and for a checksum of the config? I got " + g.sha(64)}})
		msgs = append(msgs, obj{{"role", "assistant"}, {"content", "That is a SHA-256 digest; compare it with crypto/sha256. Version " + g.version() + " of the tool prints it in hex."}})
		writeJSON(g, d, obj{{"model", "gpt-4o-mini"}, {"messages", msgs}, {"conversation_id", g.uuid()}})
		return "assistant-conversation.json"
	}
}
