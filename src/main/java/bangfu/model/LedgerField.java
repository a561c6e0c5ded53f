package bangfu.model;

/** The fields of one disbursement in an assistance ledger (救助发放表). */
public enum LedgerField implements Field {
    HEAD_ID("head_id", ValueType.ID, "身份证号码", "ID number"),
    NAME("name", ValueType.TEXT, "姓名", "Name"),
    KIND("kind", ValueType.CHOICE, AssistanceKind.class, "救助类型", "Kind of aid"),
    AMOUNT("amount_fen", ValueType.MONEY, "金额", "Amount"),
    PAID_ON("paid_on", ValueType.DATE, "发放日期", "Paid on"),
    SOURCE("fund_source", ValueType.CHOICE, FundSource.class, "资金来源", "Funding source"),
    METHOD("method", ValueType.CHOICE, PaymentMethod.class, "发放方式", "Payment method"),
    BANK("bank", ValueType.TEXT, "开户银行", "Bank"),
    CARD("card_masked", ValueType.PERSONAL, "银行卡号", "Card number"),
    BATCH("batch", ValueType.TEXT, "发放批次", "Batch"),
    HANDLER("handler", ValueType.TEXT, "经办人", "Handled by"),
    RECIPIENTS("recipients", ValueType.COUNT, "受助人数", "Persons aided"),
    NOTE("note", ValueType.TEXT, "备注", "Note"),
    KIND_WORDING("kind_wording", ValueType.WORDING, "救助类型原文", "Kind as written"),
    SOURCE_WORDING("fund_source_wording", ValueType.WORDING, "资金来源原文", "Funding source as written");

    private final Spec spec;

    LedgerField(String key, ValueType type, String zh, String en) {
        this.spec = new Spec(key, type, zh, en);
    }

    LedgerField(String key, ValueType type, Class<? extends Enum<?>> choices, String zh, String en) {
        this.spec = new Spec(key, type, choices, zh, en);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
