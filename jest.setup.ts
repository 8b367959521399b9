import '@testing-library/jest-dom';
import { installDomPolyfills } from './web/src/test/domPolyfills';

installDomPolyfills();
