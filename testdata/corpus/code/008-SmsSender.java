package com.acme.notify;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public class SmsSender {
    static final String ACCOUNT_SID = "ACcc5a915ef58622059d8c7aaefd64488e";
    static final String AUTH_TOKEN = "19aab73671b8dff8623cc5852121bec9";
    static final String FROM = "213-887-4409";

    public static void main(String[] args) {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
        Message.creator(new PhoneNumber("+33 6 19 82 41 30"), new PhoneNumber(FROM), "Your code is 323536").create();
    }
}
