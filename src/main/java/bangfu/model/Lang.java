package bangfu.model;

import java.util.Locale;

/** The language of messages and table labels. */
public enum Lang {
    ZH, EN;

    /** Chinese when the environment asks for it; never depends on which locales the OS has installed. */
    public static Lang fromEnvironment(String langVariable, Locale jvmDefault) {
        if (langVariable != null && langVariable.toLowerCase(Locale.ROOT).startsWith("zh")) return ZH;
        if (jvmDefault != null && "zh".equals(jvmDefault.getLanguage())) return ZH;
        return EN;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
