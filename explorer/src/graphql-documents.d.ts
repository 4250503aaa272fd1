/** GraphQL documents are bundled as text (esbuild's text loader); their types come from codegen. */
declare module '*.graphql' {
  const document: string;
  export default document;
}
