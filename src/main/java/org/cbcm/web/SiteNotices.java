package org.cbcm.web;

import java.util.List;

/**
 * Implemented by a module that has something to tell everybody on every page, such as
 * that the registry holds demo data. Asked for every page: a module answers from what it
 * knows already, not with a query.
 */
public interface SiteNotices {

	List<SiteNotice> notices();

}
