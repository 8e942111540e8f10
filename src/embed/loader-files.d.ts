// Written by the build (scripts/build.ts) from src/parts.ts and what the bundler made of it.
declare module 'virtual:treatment-quiz/loader-files' {
  const files: import('../parts').LoaderFiles;
  export default files;
}
