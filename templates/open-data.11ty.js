// The open-data files, written exactly as the model made them.
// https://www.11ty.dev/docs/languages/javascript/
export default class OpenData {
  data() {
    return {
      pagination: {
        data: 'files',
        size: 1,
        alias: 'file',
        // Only the files the build asks for; the others are kept from the previous build.
        before: (files, data) => files.filter((file) => data.render.dataFiles.includes(file.url)),
      },
      files: [
        { url: '/data/reports.json', key: 'reportsJson' },
        { url: '/data/references.csv', key: 'referencesCsv' },
      ],
      permalink: (data) => data.file.url,
      layout: false,
      eleventyExcludeFromCollections: true,
    };
  }

  render(data) {
    return data.model.data[data.file.key]();
  }
}
