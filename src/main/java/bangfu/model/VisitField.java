package bangfu.model;

/** The fields of one visit in a visit log (走访记录). */
public enum VisitField implements Field {
    HEAD_ID("head_id", ValueType.ID, "身份证号码", "ID number"),
    NAME("name", ValueType.TEXT, "姓名", "Name"),
    VISITED_ON("visited_on", ValueType.DATE, "走访日期", "Visited on"),
    KIND("kind", ValueType.CHOICE, VisitKind.class, "走访类型", "Kind of visit"),
    VISITOR("visitor", ValueType.TEXT, "走访人", "Visitor"),
    PARTICIPANTS("participants", ValueType.TEXT, "参与人", "Participants"),
    FINDINGS("findings", ValueType.TEXT, "发现情况", "Findings"),
    REQUESTS("requests", ValueType.TEXT, "诉求", "Requests"),
    MEASURES("measures", ValueType.TEXT, "措施", "Measures"),
    OUTCOME("outcome", ValueType.CHOICE, VisitOutcome.class, "结果", "Outcome"),
    NEXT_VISIT_ON("next_visit_on", ValueType.DATE, "下次回访日期", "Next visit on"),
    SIGNED("signed", ValueType.YES_NO, "是否签字", "Signed"),
    NOTE("note", ValueType.TEXT, "备注", "Note"),
    OUTCOME_WORDING("outcome_wording", ValueType.WORDING, "结果原文", "Outcome as written");

    private final Spec spec;

    VisitField(String key, ValueType type, String zh, String en) {
        this.spec = new Spec(key, type, zh, en);
    }

    VisitField(String key, ValueType type, Class<? extends Enum<?>> choices, String zh, String en) {
        this.spec = new Spec(key, type, choices, zh, en);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
