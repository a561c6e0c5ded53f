package bangfu.lifecycle;

import static java.util.Objects.requireNonNull;

/**
 * A file period as the visit rounds see it: who (head ID in full — masked by whoever prints it — and name),
 * where to find them (union, 帮扶责任人, address, phone) and its lifecycle state.
 */
public record FilePeriod(long id, String headId, int period, String name, String union, String helper, String address,
                         String phone, FileState state) {
    public FilePeriod {
        requireNonNull(headId, "headId");
        requireNonNull(state, "state");
    }

    public Tenure tenure() {
        return Tenure.of(state);
    }
}
