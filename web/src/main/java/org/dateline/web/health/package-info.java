/**
 * The node's health, as a load balancer asks for it ({@code /health/ready}, {@code /health/live};
 * MicroProfile Health). Ready: the database answers and holds this node's schema, and its search
 * index has caught up with the sites (a node whose index trails for longer than
 * {@code dateline.health.search-lag-seconds}, 30, or is being rebuilt, would answer searches with
 * less than the sites show). Keycloak's state is reported beside them but never makes the node
 * unready: readers do not need it, and the studio says so itself. Live: no deadlocked threads and
 * a heap that a collection still frees — a node that fails these does not get better by waiting.
 */
package org.dateline.web.health;
