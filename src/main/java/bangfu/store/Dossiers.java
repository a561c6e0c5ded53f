package bangfu.store;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;

/** What the dossier of one household is made of: its file periods, members, payments, visits and history. */
public interface Dossiers {
    /** One file period of the head, as stored (codes, not labels). */
    record FilePeriod(long id, String headId, int period, String headName, String gender, String ethnicity,
                             Temporal birthDate, String phone, String unionName, String employer, String region,
                             String address, String tier, String fileLevel, String status, Temporal filedOn,
                             LocalDate exitedOn, LocalDate closedOn, String closeReason, String mainCause,
                             String secondaryCauses, Integer householdSize, Long yearlyIncomeFen,
                             Long perCapitaMonthlyFen, String helper, String note, String closeReasonWording,
                             String mainCauseWording, String secondaryCausesWording) {
    }

    record Member(long householdId, int period, String name, String idNumber, String relation, String gender,
                         Temporal birthDate, String health, String occupation) {
    }

    record Payment(long householdId, int period, LocalDate paidOn, String kind, long amountFen,
                          String fundSource, String method, String cardMasked, String batch, String kindWording,
                          String fundSourceWording) {
    }

    record Visit(long householdId, int period, LocalDate visitedOn, String kind, String visitor,
                        String findings, String requests, String measures, String outcome, LocalDate nextVisitOn) {
    }

    /**
     * A lifecycle transition and what caused it: {@code changedOn} as stated (a day, or a month alone for a file
     * opened with its 建档年月); {@code fileName} is the imported file, when an import did; {@code visitOn} the day
     * of the visit that decided it; {@code fromUnion} and {@code toUnion} a transfer's unions.
     */
    record StatusChange(long householdId, int period, String fromStatus, String toStatus, Temporal changedOn,
                               String reason, String command, String fileName, LocalDate visitOn, String fromUnion,
                               String toUnion) {
    }

    /**
     * The dossier of one household. {@code asMember} is set when the ID given was a member's, not a head's:
     * it is that member's row in the household shown.
     */
    record Facts(List<FilePeriod> periods, List<Member> members, List<Payment> payments, List<Visit> visits,
                        List<StatusChange> history, Optional<Member> asMember) {
    }

    /**
     * The household whose head has this 18-character ID, or else the household the ID is a member of
     * (its newest file period); empty when the ID is in neither.
     */
    Optional<Facts> find(String idNumber);
}
