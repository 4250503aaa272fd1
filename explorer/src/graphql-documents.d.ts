/** GraphQL documents are bundled as text (esbuild's text loader); their types come from codegen. */
declare module '*.graphql' {
  const document: string;
  export default document;
}

/** Stylesheets imported by a page's script are bundled by esbuild into that page's .css file. */
declare module '*.css';
