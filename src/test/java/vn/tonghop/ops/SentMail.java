package vn.tonghop.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mails the portals sent, read from their logs: the mock mailer of a portal started with
 * {@code quarkus.mailer.mock=true} logs each one ("Sending email SUBJECT from … to [ADDRESS]").
 */
record SentMail(String instance, String subject, String to) {

    private static final Pattern LINE = Pattern
            .compile("\\[quarkus-mailer\\] \\([^)]*\\) Sending email (.*?) from .*? to \\[([^\\]]*)\\]");

    static List<SentMail> of(AppProcess... instances) {
        List<SentMail> out = new ArrayList<>();
        for (AppProcess p : instances) {
            Matcher m = LINE.matcher(p.logText());
            while (m.find()) {
                out.add(new SentMail(p.name, m.group(1), m.group(2)));
            }
        }
        return out;
    }
}
