// Every page is laid out by base.njk, which takes the title and description
// from whichever model item the page presents. (Not eleventyComputed: its
// per-page dependency tracking cost more than the pages themselves.)
export default {
  layout: 'base.njk',
};
