package jp.tomoni.engine;

import java.util.List;

/** What the engine answers about procurement groups and users, as of the last command applied. */
public interface OrganisationQueries {

    /** A procurement group by id, or {@code null}. */
    ProcurementGroup group(String groupId);

    /** The group the public body with this municipal code belongs to, or {@code null}. */
    ProcurementGroup groupOfBody(String bodyCode);

    /** Every procurement group, in the order they were formed. */
    List<ProcurementGroup> groups();

    /** A registered user by sign-in name, or {@code null}. */
    UserAccount user(String userId);

    /** Every registered user, in the order they were registered. */
    List<UserAccount> users();

    /** A retailer's latest application to each procurement group, in the order first filed. */
    List<GroupApplication> applicationsOf(String retailerId);

    /** The latest application of each retailer to a group, in the order first filed. */
    List<GroupApplication> applicationsTo(String groupId);
}
