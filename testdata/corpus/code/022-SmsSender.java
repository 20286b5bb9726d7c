package com.acme.notify;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public class SmsSender {
    static final String ACCOUNT_SID = "AC73500fcf69553a2d6ebad2afe2b6f69d";
    static final String AUTH_TOKEN = "56af54c1213d7da2f88b088326e00ba6";
    static final String FROM = "+1 619-555-0144";

    public static void main(String[] args) {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
        Message.creator(new PhoneNumber("+33788580897"), new PhoneNumber(FROM), "Your code is 834279").create();
    }
}
