package bangfu.model;

/** How a disbursement reaches the worker (发放方式); bank card means the real-name card (实名制打卡). */
public enum PaymentMethod implements Labelled {
    BANK_CARD("银行卡", "bank card (real-name account)"),
    CASH("现金", "cash"),
    IN_KIND("实物", "in kind");

    private final String chinese;
    private final String english;

    PaymentMethod(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    @Override
    public String english() {
        return english;
    }
}
