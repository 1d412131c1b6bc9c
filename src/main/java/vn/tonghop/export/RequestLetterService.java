package vn.tonghop.export;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.Urgency;
import vn.tonghop.export.docx.DocxWriter;
import vn.tonghop.export.model.Annex;
import vn.tonghop.export.model.Attachment;
import vn.tonghop.export.model.BodyBlock;
import vn.tonghop.export.model.DocumentHead;
import vn.tonghop.export.model.OfficialDocument;
import vn.tonghop.export.model.Signature;
import vn.tonghop.platform.i18n.DocumentWording;
import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;

/**
 * The request letter (công văn) of a campaign, ready to print and sign: the header block of the issuing unit, "Kính
 * gửi", a standard body naming the report, its period and deadline (and the letter it carries out, for a relayed
 * request), the signature, then the outline (đề cương) and the blank annex tables — worded like letter 675/UBND-VP.
 */
@ApplicationScoped
@Transactional
public class RequestLetterService {

    /** "17 giờ 00 ngày 25/4/2017" style: days and months without leading zeros, as letters write them in the text. */
    static final java.time.format.DateTimeFormatter SHORT_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d/M/yyyy");
    private static final Pattern DOCUMENT_WORD = Pattern.compile(
            "^(" + String.join("|", Vocabulary.words("document.kinds")) + ")\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMMITTEE = Pattern
            .compile("(?iu)^(" + Vocabulary.word("unitName.committee") + ")\\s.*");
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Inject
    CampaignAccess campaigns;

    @Inject
    AuditLog audit;

    @Inject
    TemplateLibrary templates;

    @Inject
    UnitService units;

    /** The letter of a campaign the user may read (404 otherwise). */
    public ExportFile letterDocx(long campaignId) {
        Campaign c = campaigns.find(campaignId);
        audit.export(c, fileName(c));
        return new ExportFile(fileName(c), DocxWriter.CONTENT_TYPE, new DocxWriter().write(letter(c)));
    }

    static String fileName(Campaign c) {
        if (c.letterNumber == null || c.letterNumber.isBlank()) {
            return DocumentWording.format("letter.fileName.unnumbered", c.id);
        }
        return DocumentWording.format("letter.fileName", c.letterNumber.trim().replace('/', '-'));
    }

    public OfficialDocument letter(Campaign c) {
        OutlineTemplate outline = templates.outline(c.template);
        Unit parent = units.placementOn(c.issuerUnit, units.effectiveDay(c.issuerUnit, c.referenceDay()))
                .map(p -> p.parent).orElse(null);
        IssuingBody issuer = IssuingBody.of(c.issuerUnit, parent);
        String subject = subject(c);
        DocumentHead head = new DocumentHead(issuer.superiorBody(), issuer.issuingBody(), c.letterNumber, subject,
                issuer.place(), c.letterDate, urgency(c.urgency));
        List<String> addressees = lines(c.addressees);
        if (addressees.isEmpty()) {
            addressees = addresseesOf(campaigns.submissions(c).stream().map(s -> s.unit).toList());
        }
        List<String> distribution = lines(c.distribution);
        if (distribution.isEmpty()) {
            distribution = DocumentWording.words("document.distribution");
        }
        List<Annex> annexes = new ArrayList<>();
        for (TableDef table : outline.tables()) {
            annexes.add(AnnexTables.annex(table, AnnexTables.blank(table)));
        }
        Attachment attached = new Attachment(DocumentWording.text("outline.heading"), c.title, attachedTo(c),
                OutlineBlocks.of(outline));
        return new OfficialDocument(head, null, null, addressees, body(c, addressees), signature(c), distribution,
                annexes, List.of(attached));
    }

    List<BodyBlock> body(Campaign c, List<String> addressees) {
        List<BodyBlock> body = new ArrayList<>();
        String respondsTo = respondsTo(c);
        if (respondsTo != null) {
            body.add(new BodyBlock.Paragraph(respondsTo, false));
        }
        String who = addressees.size() == 1 ? stripEnd(addressees.get(0))
                : DocumentWording.text("letter.addressees.many");
        String annexes = templates.outline(c.template).tables().isEmpty() ? ""
                : DocumentWording.text("letter.request.annexes");
        String days = c.periodStart != null && c.periodEnd != null
                ? DocumentWording.format("letter.request.days", c.periodStart.format(SHORT_DATE),
                        c.periodEnd.format(SHORT_DATE))
                : "";
        String cutOff = c.cutOff != null ? DocumentWording.format("letter.request.cutOff", c.cutOff.format(SHORT_DATE))
                : "";
        String request = DocumentWording.format("letter.request", c.issuerUnit.name, who, reportPhrase(c.title),
                annexes, c.periodLabel, days, cutOff, deadline(c.deadline));
        body.add(new BodyBlock.Paragraph(request, false));
        body.add(new BodyBlock.Paragraph(DocumentWording.format("letter.closing", who), false));
        return body;
    }

    /** "Thực hiện Công văn số 496/SNV-CCHC ngày 21/4/2017 của Sở Nội vụ tỉnh Thanh Hóa về việc …;". */
    private static String respondsTo(Campaign c) {
        if (c.respondsTo == null || c.respondsTo.isBlank()) {
            return null;
        }
        String ref = stripEnd(c.respondsTo.trim());
        if (DOCUMENT_WORD.matcher(ref).matches()) {
            return DocumentWording.format("letter.carriesOut", ref) + ";";
        }
        StringBuilder s = new StringBuilder(DocumentWording.format("letter.number", ref));
        Campaign p = c.parent;
        if (p != null && ref.equals(p.letterNumber)) {
            if (p.letterDate != null) {
                s.append(DocumentWording.format("letter.dated", p.letterDate.format(SHORT_DATE)));
            }
            s.append(DocumentWording.format("letter.of", p.issuerUnit.name));
            s.append(DocumentWording.format("letter.about",
                    p.subject != null && !p.subject.isBlank() ? withoutVv(p.subject) : reportPhrase(p.title)));
            s.append(DocumentWording.format("letter.parentDeadline",
                    local(p.deadline).toLocalDate().format(SHORT_DATE)));
        }
        return DocumentWording.format("letter.carriesOut", s) + ";";
    }

    /**
     * The consolidated report's opening: "Thực hiện Công văn số 496/SNV-CCHC ngày 21/4/2017 của Sở Nội vụ tỉnh Thanh
     * Hóa về việc …, UBND thị xã Bỉm Sơn báo cáo như sau:", from the campaign it answers (the one it relays, else the
     * letter typed as what it responds to); null when it answers none.
     */
    public static String reportOpening(Campaign c) {
        Campaign p = c.parent;
        StringBuilder s = new StringBuilder();
        if (p != null && p.letterNumber != null && !p.letterNumber.isBlank()) {
            s.append(DocumentWording.format("letter.number", p.letterNumber.trim()));
            if (p.letterDate != null) {
                s.append(DocumentWording.format("letter.dated", p.letterDate.format(SHORT_DATE)));
            }
            s.append(DocumentWording.format("letter.of", p.issuerUnit.name));
            s.append(DocumentWording.format("letter.about",
                    p.subject != null && !p.subject.isBlank() ? withoutVv(p.subject) : reportPhrase(p.title)));
        } else if (c.respondsTo != null && !c.respondsTo.isBlank()) {
            String ref = stripEnd(c.respondsTo.trim());
            s.append(DOCUMENT_WORD.matcher(ref).matches() ? ref : DocumentWording.format("letter.number", ref));
        } else {
            return null;
        }
        return DocumentWording.format("report.opening", s, c.issuerUnit.name);
    }

    /** "trước 17 giờ 00 ngày 25/4/2017". */
    static String deadline(OffsetDateTime deadline) {
        ZonedDateTime t = local(deadline);
        return DocumentWording.format("letter.deadline", t.getHour(), String.format("%02d", t.getMinute()),
                t.toLocalDate().format(SHORT_DATE));
    }

    private static ZonedDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(PortalClock.ZONE);
    }

    /** The subject line without "V/v": typed, else "báo cáo …" from the title. */
    static String subject(Campaign c) {
        if (c.subject != null && !c.subject.isBlank()) {
            return withoutVv(c.subject);
        }
        return reportPhrase(c.title);
    }

    private static String withoutVv(String subject) {
        String s = subject.trim();
        if (s.regionMatches(true, 0, "V/v", 0, 3)) {
            s = s.substring(3).trim();
        }
        return s;
    }

    /** "Báo cáo tình hình …" → "báo cáo tình hình …"; another title → "báo cáo " + title. */
    static String reportPhrase(String title) {
        String t = title == null ? "" : title.trim();
        String word = DocumentWording.text("report.word");
        String phrase = DocumentWording.text("report.phrase");
        if (t.regionMatches(true, 0, word, 0, word.length())) {
            return phrase + t.substring(word.length());
        }
        return t.isEmpty() ? phrase : phrase + " " + Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    private static String urgency(Urgency urgency) {
        return urgency == null || urgency.label().isBlank() ? null : urgency.label();
    }

    private static String attachedTo(Campaign c) {
        StringBuilder s = new StringBuilder(DocumentWording.text("letter.attachedTo"));
        if (c.letterNumber != null && !c.letterNumber.isBlank()) {
            s.append(DocumentWording.format("letter.numbered", c.letterNumber.trim()));
        }
        if (c.letterDate != null) {
            s.append(DocumentWording.format("letter.dated", c.letterDate.format(SHORT_DATE)));
        }
        return s.append(DocumentWording.format("letter.of", c.issuerUnit.name)).append(')').toString();
    }

    /** As typed; when nothing is, what People's Committees and departments usually sign with. */
    public static Signature signature(Campaign c) {
        String capacity = c.signerCapacity;
        String title = c.signerTitle;
        if (isBlank(capacity) && isBlank(title)) {
            boolean committee = COMMITTEE.matcher(c.issuerUnit.name).matches();
            if (committee) {
                capacity = DocumentWording.text("signature.committee.capacity");
                title = DocumentWording.text("signature.committee.title");
            } else if (c.issuerUnit.kind == UnitKind.DEPARTMENT) {
                title = DocumentWording.text("signature.department.title");
            } else {
                title = DocumentWording.text("signature.other.title");
            }
        }
        return new Signature(capacity, title, c.signerName);
    }

    /**
     * "Kính gửi" from the recipients when the issuer typed none: one line per kind, naming the kinds of their names
     * ("UBND các xã, phường"), or the units themselves when there are only one or two.
     */
    static List<String> addresseesOf(List<Unit> recipients) {
        if (recipients.size() <= 2) {
            return recipients.stream().map(u -> u.name).toList();
        }
        Map<UnitKind, List<Unit>> byKind = new LinkedHashMap<>();
        for (Unit u : recipients) {
            byKind.computeIfAbsent(u.kind, k -> new ArrayList<>()).add(u);
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<UnitKind, List<Unit>> e : byKind.entrySet()) {
            List<String> names = e.getValue().stream().map(u -> u.name.toLowerCase(VI)).toList();
            switch (e.getKey()) {
                case COMMUNE -> out.add(DocumentWording.format("letter.addressees.committees",
                        present(names, DocumentWording.words("letter.addressees.communeWords"))));
                case DISTRICT -> out.add(DocumentWording.format("letter.addressees.committees",
                        present(names, DocumentWording.words("letter.addressees.districtWords"))));
                case PROVINCE -> out.add(DocumentWording.text("letter.addressees.provinces"));
                case DEPARTMENT -> out.add(DocumentWording.text("letter.addressees.departments"));
                default -> e.getValue().forEach(u -> out.add(u.name));
            }
        }
        return out;
    }

    private static String present(List<String> names, List<String> words) {
        List<String> found = new ArrayList<>();
        for (String w : words) {
            Pattern p = Pattern.compile("(^|\\s)" + Pattern.quote(w) + "\\s", Pattern.UNICODE_CASE);
            if (names.stream().anyMatch(n -> p.matcher(n).find())) {
                found.add(w);
            }
        }
        return found.isEmpty() ? String.join(", ", words) : String.join(", ", found);
    }

    /** One item per line (or per ";"), without list dashes or closing punctuation. */
    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R|;")) {
            String t = line.strip();
            if (t.startsWith("-") || t.startsWith("+")) {
                t = t.substring(1).strip();
            }
            t = stripEnd(t);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String stripEnd(String text) {
        String t = text.strip();
        while (!t.isEmpty() && (t.endsWith(".") || t.endsWith(";") || t.endsWith(","))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
