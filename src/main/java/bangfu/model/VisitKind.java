package bangfu.model;

/** Kind of visit or contact in a visit log (走访类型). */
public enum VisitKind implements Labelled {
    HOME("入户走访", "home visit"),
    INTAKE("入户调查", "intake investigation"),
    PHONE("电话回访", "phone follow-up"),
    PHASE_OUT_FOLLOW_UP("渐退期回访", "phase-out follow-up"),
    EXIT_FOLLOW_UP("脱困回访", "follow-up after exit");

    private final String chinese;
    private final String english;

    VisitKind(String chinese, String english) {
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
