package bangfu.model;

import java.util.Locale;
import java.util.Set;

/**
 * A column a 公示 list may carry, as {@code notice: columns:} in bangfu.yaml names it. The set is closed on
 * purpose: a notice is posted on a wall, so nothing outside it — above all no ID, phone, address, card, health
 * or cause — can be asked for.
 */
public enum NoticeColumn {
    NAME, UNION, EMPLOYER, TIER, KIND, AMOUNT, PAID_ON;

    /** What a notice shows when bangfu.yaml says nothing: the common practice of 公示 lists. */
    public static final java.util.List<NoticeColumn> DEFAULTS = java.util.List.of(NAME, UNION, EMPLOYER, TIER, KIND, AMOUNT);

    /**
     * Names of personal details a union might ask for and must be told it may not, rather than that the key is
     * unknown: they stay out of a public notice whatever the configuration says.
     */
    public static final Set<String> NEVER_SHOWN = Set.of("id", "id_number", "head_id", "phone", "address", "card",
            "bank_card", "card_number", "bank", "health", "cause", "main_cause", "secondary_causes", "income",
            "yearly_income", "per_capita_monthly", "birth_date", "members", "note", "household_size", "gender",
            "ethnicity", "region");

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
