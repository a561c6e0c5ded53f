package bangfu.validate;

import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.CloseReason;
import bangfu.model.FileLevel;
import bangfu.model.FileStatus;
import bangfu.model.FundSource;
import bangfu.model.Gender;
import bangfu.model.MedicalInsurance;
import bangfu.model.PaymentMethod;
import bangfu.model.Relation;
import bangfu.model.Tier;
import bangfu.model.VisitKind;
import bangfu.model.VisitOutcome;
import java.util.List;
import java.util.Map;

/** The vocabularies of every closed-set column, each read from its data file under /bangfu/vocabulary/. */
public final class Choices {
    public static final Vocabulary<Gender> GENDER = Vocabulary.of("gender", Gender.class);
    public static final Vocabulary<Boolean> YES_NO = Vocabulary.yesNo("yes_no");
    public static final Vocabulary<Tier> TIER = Vocabulary.of("tier", Tier.class);
    public static final Vocabulary<FileLevel> FILE_LEVEL = Vocabulary.of("file_level", FileLevel.class);
    public static final Vocabulary<FileStatus> FILE_STATUS = Vocabulary.of("file_status", FileStatus.class);
    public static final Vocabulary<CloseReason> CLOSE_REASON = Vocabulary.of("close_reason", CloseReason.class);
    /** 致困原因, one word; {@link Causes} reads a cell listing several. */
    public static final Vocabulary<Cause> CAUSE = Vocabulary.of("cause", Cause.class);
    public static final Vocabulary<MedicalInsurance> MEDICAL_INSURANCE = Vocabulary.of("medical_insurance",
            MedicalInsurance.class);
    public static final Vocabulary<Relation> RELATION = Vocabulary.of("relation", Relation.class);
    public static final Vocabulary<AssistanceKind> ASSISTANCE_KIND = Vocabulary.of("assistance_kind", AssistanceKind.class);
    public static final Vocabulary<FundSource> FUND_SOURCE = Vocabulary.of("fund_source", FundSource.class);
    public static final Vocabulary<PaymentMethod> PAYMENT_METHOD = Vocabulary.of("payment_method", PaymentMethod.class);
    public static final Vocabulary<VisitKind> VISIT_KIND = Vocabulary.of("visit_kind", VisitKind.class);
    public static final Vocabulary<VisitOutcome> VISIT_OUTCOME = Vocabulary.of("visit_outcome", VisitOutcome.class);

    /** Every vocabulary, in the order docs/vocabulary.md lists them. */
    public static final List<Vocabulary<?>> ALL = List.of(TIER, FILE_LEVEL, FILE_STATUS, CLOSE_REASON, CAUSE, GENDER,
            MEDICAL_INSURANCE, YES_NO, RELATION, ASSISTANCE_KIND, FUND_SOURCE, PAYMENT_METHOD, VISIT_KIND, VISIT_OUTCOME);

    private static final Map<Class<?>, Vocabulary<?>> BY_TYPE = Map.ofEntries(Map.entry(Gender.class, GENDER),
            Map.entry(Tier.class, TIER), Map.entry(FileLevel.class, FILE_LEVEL), Map.entry(FileStatus.class, FILE_STATUS),
            Map.entry(CloseReason.class, CLOSE_REASON), Map.entry(Cause.class, CAUSE),
            Map.entry(MedicalInsurance.class, MEDICAL_INSURANCE), Map.entry(Relation.class, RELATION),
            Map.entry(AssistanceKind.class, ASSISTANCE_KIND), Map.entry(FundSource.class, FUND_SOURCE),
            Map.entry(PaymentMethod.class, PAYMENT_METHOD), Map.entry(VisitKind.class, VISIT_KIND),
            Map.entry(VisitOutcome.class, VISIT_OUTCOME));

    private Choices() {
    }

    /** The vocabulary of a closed set. */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> Vocabulary<E> of(Class<E> type) {
        Vocabulary<?> v = BY_TYPE.get(type);
        if (v == null) throw new IllegalArgumentException("no vocabulary for " + type);
        return (Vocabulary<E>) v;
    }
}
