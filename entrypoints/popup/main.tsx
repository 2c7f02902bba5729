import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { popupApi } from '../../utils/popup-api';
import '../../components/popup.css';

render(<Popup api={popupApi} />, document.getElementById('app')!);
