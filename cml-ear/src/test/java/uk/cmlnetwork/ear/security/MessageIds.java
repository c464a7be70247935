package uk.cmlnetwork.ear.security;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The fault tests' count of what arrived: the Message-IDs of the emails whose subject matches, by address. */
final class MessageIds {
    private MessageIds() {
    }

    static Map<String, List<String>> byAddress(GreenMailExtension mail, Predicate<String> subject) throws Exception {
        Map<String, List<String>> byAddress = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getSubject() != null && subject.test(message.getSubject())) {
                byAddress.computeIfAbsent(((InternetAddress) message.getAllRecipients()[0]).getAddress(), a -> new ArrayList<>())
                        .add(message.getMessageID());
            }
        }
        return byAddress;
    }
}
