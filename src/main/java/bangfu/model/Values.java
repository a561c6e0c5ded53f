package bangfu.model;

import java.util.List;
import java.util.stream.Collectors;

/** The one text form of a field value: what the database stores, what audits compare and log. */
public final class Values {
    private Values() {
    }

    public static String canonical(Field field, Object value) {
        return switch (field.type()) {
            case ID -> ((IdNumber) value).value();
            case YES_NO -> ((Boolean) value) ? "1" : "0";
            case CHOICE -> ((Enum<?>) value).name();
            case AREA -> ((java.math.BigDecimal) value).toPlainString();
            case CHOICES -> ((List<?>) value).stream().map(v -> ((Enum<?>) v).name()).collect(Collectors.joining(","));
            default -> value.toString();
        };
    }
}
