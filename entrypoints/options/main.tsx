import { render } from 'preact';
import { Options } from '../../components/Options';
import { optionsApi } from '../../utils/options-api';
import '../../components/popup.css';
import '../../components/options.css';

render(<Options api={optionsApi} />, document.getElementById('app')!);
