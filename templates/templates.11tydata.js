// What the layout needs of every page (title, description, breadcrumbs),
// taken from whichever model item the page presents.
// https://www.11ty.dev/docs/data-computed/
export default {
  layout: 'base.njk',
  eleventyComputed: {
    pageTitle: (data) =>
      data.report
        ? `${data.report.section} ${data.report.title}`
        : data.listing
          ? data.listing.title
          : data.decisionsPage
            ? `Beslissingen ${data.decisionsPage.year}`
            : data.title,
    pageDescription: (data) =>
      data.report?.description ?? data.listing?.intro ?? data.description ?? data.model?.config.description,
  },
};
