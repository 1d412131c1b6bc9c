package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an issuer fills in to create or edit a campaign (API body and editor form). Only the contract fields are
 * required; {@code version} is the draft's version last read, needed to edit it.
 */
public record CampaignCommand(String templateCode, Integer templateVersion, String issuerUnitCode, String title,
        String subject, String letterNumber, LocalDate letterDate, Urgency urgency, String addressees,
        String distribution, String signerName, String signerTitle, String signerCapacity, String respondsTo,
        String reportType, String periodLabel, LocalDate periodStart, LocalDate periodEnd, LocalDate cutOff,
        OffsetDateTime deadline, LatePolicy latePolicy, Integer lockAfterDays, RecipientSelection recipients,
        List<String> recipientUnitCodes, Integer reminderDays, Long version) {
}
