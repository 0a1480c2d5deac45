export default class {}
export class Other {}
